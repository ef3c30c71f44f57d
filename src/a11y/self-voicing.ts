// Self-voicing, as Ren'Py has it: for players who do not run a screen reader, the game speaks each line,
// the choices, menus and status messages with the browser's speech synthesis. Off by default.

/** The parts of the Web Speech API used here (window.speechSynthesis), so tests can pass a stub. */
export interface SpeechLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface VoiceSettings {
  selfVoicing: boolean;
  voiceRate: number;
  voiceName: string;
}

export type MakeUtterance = (text: string) => SpeechSynthesisUtterance;

export class SelfVoicing {
  constructor(
    private readonly speech: SpeechLike | null,
    private readonly makeUtterance: MakeUtterance | null,
    private readonly settings: () => VoiceSettings,
  ) {}

  /** Whether speech is possible in this browser at all (the setting is offered only then). */
  get available(): boolean {
    return this.speech !== null && this.makeUtterance !== null;
  }

  /** Speaks `text`; `interrupt` first silences what is still being said (a new screen, a moved focus). */
  say(text: string, interrupt = false): void {
    const { selfVoicing, voiceRate, voiceName } = this.settings();
    if (!selfVoicing || !this.speech || !this.makeUtterance || text.trim() === '') return;
    try {
      if (interrupt) this.speech.cancel();
      const utterance = this.makeUtterance(text);
      utterance.rate = voiceRate;
      const voice = voiceName ? this.speech.getVoices().find((v) => v.name === voiceName) : undefined;
      if (voice) utterance.voice = voice;
      this.speech.speak(utterance);
    } catch {
      // A speech engine that fails must never stop the story; the text is on screen and in the mirror.
    }
  }

  /** Stops speaking (self-voicing turned off, or the page hidden). */
  stop(): void {
    try {
      this.speech?.cancel();
    } catch {
      // As above: silence is the fallback.
    }
  }
}
