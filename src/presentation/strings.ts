// Every string the interface shows (not the story's): one file, ready for translation.
import { MirrorLabel } from '../a11y/labels.ts';
import { chapterLabel, chapterLine } from '../engine/chapter-label.ts';

export const S = {
  title: {
    name: 'Room 7',
    subtitle: 'a story after Miracle in Cell No. 7',
    newGame: 'New game',
    continue: 'Continue',
    load: 'Load',
    chapters: 'Chapters',
    endings: 'Endings',
    settings: 'Settings',
    credits: 'Credits',
    menuLabel: 'Title menu',
    announce: 'Title screen. Room 7.',
  },
  contentNote: {
    heading: 'Before you begin',
    body: [
      'Room 7 is a story of a father and his daughter, and of a wrongful conviction.',
      'It speaks of a child’s death (never shown), police violence, violence between prisoners, a threat against a child, and the death penalty.',
      'It is also a story of friendship, and of a very small girl who would not give up.',
      'You can pause at any time with Esc, or the menu button. Settings let you slow or stop the moving text and effects.',
    ],
    go: 'Begin',
    back: 'Back',
  },
  menu: {
    heading: 'Menu',
    resume: 'Return to the story',
    save: 'Save',
    load: 'Load',
    history: 'History',
    map: 'Map',
    rewind: 'Rewind one choice',
    share: 'Share this moment',
    choicesMade: 'Go back to a choice',
    settings: 'Settings',
    title: 'Quit to the title',
    label: 'Story menu',
  },
  history: {
    heading: 'History',
    empty: 'Nothing read yet.',
    hint: 'Scroll with the wheel, a drag, the arrows or Page Up/Down. Choose a line to jump back to the choice just before it.',
    jump: (line: string) => `Jump back here: ${line}`,
  },
  endings: {
    heading: 'Endings',
    locked: 'Locked',
    lockedHint: 'Not found yet.',
    progressNote: 'Endings you find are remembered here, across every run.',
    unseen: (unseen: number, all: number) => `Choices you have never taken: ${unseen} of ${all}.`,
  },
  chapters: {
    heading: 'Chapters',
    note: 'Replay a chapter you have reached from its start, with the choices of the run that reached it.',
    replay: 'Replay',
    reached: 'reached',
    locked: 'not reached yet',
    lockedRow: (name: string) => `${name}: not reached yet`,
  },
  credits: {
    heading: 'Credits',
    /** One paragraph each: a paragraph is never split mid-sentence. */
    lines: [
      'Room 7: an original story game after the 2013 Korean film Miracle in Cell No. 7.',
      'Story, code, art and sound: the Room 7 team. All art is drawn by code in this project (tools/art), and all music and sound are synthesised by scripts in this project (tools/audio).',
      'Built with ink and inkjs (inkle, Yannick Lohse; MIT), Phaser 4 (Phaser Studio; MIT), howler.js (James Simpson; MIT) and valibot (MIT). The full list of every asset and its licence is in assets/CREDITS.md.',
      'No line of the film’s dialogue is used; the story’s sentences are our own.',
    ],
  },
  settings: {
    heading: 'Settings',
    textSpeed: 'Text speed',
    fontSize: 'Text size',
    highContrast: 'High contrast',
    reducedMotion: 'Reduced motion',
    autoAdvance: 'Auto-advance',
    autoDelay: 'Auto-advance pause',
    skipRead: 'Skip text already read',
    sound: 'Sound and captions',
    soundHeading: 'Sound',
    master: 'Master volume',
    music: 'Music volume',
    ambience: 'Ambience volume',
    sfx: 'Effects volume',
    mute: 'Mute all sound',
    captions: 'Sound captions',
    selfVoicing: 'Read aloud (self-voicing)',
    voiceRate: 'Reading speed',
    voice: 'Voice',
    defaultVoice: 'Default',
    on: 'On',
    off: 'Off',
    system: 'As the system',
    volumeNow: (label: string, value: string) => `${label}: ${value}`,
  },
  slots: {
    headings: { save: 'Save', load: 'Load', delete: 'Delete a save', export: 'Export a save' },
    hint: {
      save: 'Choose a slot to save in.',
      load: 'Choose a save to load.',
      delete: 'Choose a save to delete.',
      export: 'Choose a save to download as a file.',
    },
    /** A slot's name: "Autosave", "Quick save", "Slot 3", "the start of Chapter 2". */
    name: (id: string) =>
      id === 'auto'
        ? 'Autosave'
        : id === 'link'
          ? 'Shared link (autosave)'
          : id === 'quick'
            ? 'Quick save'
            : id.startsWith('chapter')
              ? `the start of ${id === 'chapter0' ? 'the ' : ''}${chapterLabel(Number(id.slice(7)))}`
              : `Slot ${id.replace('slot', '')}`,
    empty: 'empty',
    damaged: 'this save is damaged (load it to see why; it is kept until you delete it)',
    emptyPicked: 'That slot is empty.',
    modeLoad: 'Load a save…',
    modeSave: 'Save in a slot…',
    modeDelete: 'Delete a save…',
    modeExport: 'Export a save to a file…',
    import: 'Import a save from a file…',
    confirm: (name: string) => `Delete ${name}? This cannot be undone.`,
    confirmYes: (name: string) => `Yes, delete ${name}`,
    confirmNo: 'No, keep it',
    overwriteHeading: 'Save over a save?',
    overwrite: (name: string) =>
      `${name} already holds a save. Replace it with your story as it is now? The old save cannot be brought back.`,
    overwriteYes: (name: string) => `Yes, replace ${name}`,
    inSlotNow: 'In the slot now:',
    yourStoryNow: 'Your story now:',
    opening: 'Opening',
    changedElsewhere: 'The saves were changed in another tab or window; this list shows them as they are now.',
    deleted: 'Deleted.',
    exported: 'The save was offered as a download.',
    importCancelled: 'No file was chosen.',
    noFreeSlot: 'All eight slots are in use: delete a save first, then import again.',
    imported: (name: string) => `Imported into ${name}.`,
    importRejected: (why: string) => `That file was not imported, and nothing was changed: ${why}. Choose another file.`,
    importTooBig: (bytes: number, limit: number) =>
      `That file was not imported, and nothing was changed: it is ${(bytes / 1048576).toFixed(1)} MB, and a save is never more than ${limit / 1048576} MB. Choose a save file exported from Room 7.`,
    importUnreadable: 'That file could not be read, and nothing was changed. Choose a save file exported from Room 7.',
  },
  /** The art and audio manifests (manifest-schema.ts): warnings, the game goes on. */
  manifests: {
    missing: 'it did not arrive',
    notJson: 'it is not valid JSON',
    notObject: 'it is not a JSON object',
    notASection: (name: string) => `"${name}" is not a list of names`,
    more: (n: number) => ` and ${n} more`,
    unreadable: (what: string, url: string, why: string) =>
      `The list of ${what} (${url}) could not be read (${why}); the story plays without ${what}. Reload the page to try again.`,
    partly: (what: string, url: string, which: string) =>
      `Some entries in the list of ${what} (${url}) are malformed (${which}); the story plays without them.`,
  },
  /** Offline play (platform.ts registerOffline). */
  offline: {
    updateReady: 'A new version of Room 7 is ready. Reload to play it (your saves are kept).',
    reload: 'Reload now',
    later: 'Later',
    failed: 'Offline play could not be set up in this browser; the game plays on while you are online.',
  },
  /** Notices on opening a run link (play/links.ts openRun). */
  links: {
    doesNotFit: (what: string) => `This link asks for choices the story does not offer (it may be damaged): ${what}.`,
    storyUpdated: (what: string) => `The story was updated since this link was made; your place was found: ${what}.`,
    keptApart:
      'This is a shared link’s run: it is autosaved apart (Load: “Shared link”), and your own autosave is kept for Continue.',
    storyChanged: (what: string) => `The story has changed since this link was made: ${what}.`,
    unchecked: (what: string) =>
      `The story has changed since this link was made, and this older link cannot tell whether its options still mean the same: ${what}.`,
  },
  share: {
    heading: 'Share this moment',
    copied: 'The link was copied. Anyone who opens it lands on this same line, with the same choices made.',
    notCopied: 'Copy this link by hand (the browser did not allow copying):',
  },
  linkOpened: 'A shared moment of the story is open.',
  rewound: 'Went back one choice.',
  quickSaved: 'Quick saved.',
  /** The story screen (scenes/story.ts, story/). */
  story: {
    begins: 'The story begins.',
    continue: MirrorLabel.continue,
    choicesLabel: MirrorLabel.choices,
    endLabel: MirrorLabel.end,
    loading: 'Loading the scene…',
    chapter: chapterLabel,
    chapterLine,
    exhibit: (id: string) => `Exhibit kept: ${id.replaceAll('_', ' ')}`,
    memory: (id: string) => `Memory kept: ${id.replaceAll('_', ' ')}`,
    /** The page mark in the text box when a line takes more than one page. */
    page: (n: number, of: number) => `${n}/${of}`,
  },
  /** What a save, a load, a rewind or a link did (play/). */
  play: {
    noStory: 'There is no story in progress to save. Start or continue a story first.',
    saved: (slot: string) => `Saved in ${slot}.`,
    loaded: (slot: string) => `${slot} loaded.`,
    loadedFile: 'The save was loaded.',
    rebuilt: (how: string) => `This save was made on an earlier version of the story and was rebuilt: ${how}.`,
    emptySlot: 'That slot is empty: choose a slot that holds a save.',
    noChoiceYet: 'There is no choice to go back to yet.',
    jumped: 'Back to the choice before that line.',
    restarted: 'Back to the start of the story.',
    linkDamaged:
      'This link to a moment of the story is damaged (perhaps part of it was lost when it was copied), so the game opened at the title. Ask for the link again, or start a new game.',
    linkFailed:
      'This link to a moment of the story could not be opened on this version of the story, so the game opened at the title. Start a new game, or load a save.',
    slotChanged: (slot: string) =>
      `${slot} was changed in another tab or window after this list was shown, so nothing was saved. The list now shows what it holds: choose again.`,
  },
  /** Why a save cannot load, by the save codec's problem (src/persistence/save-codec.ts SaveProblem). */
  saveProblem: {
    'not-json': 'This save is damaged: it cannot be read. It is kept until you delete it; load another save.',
    'not-a-save': 'This is not a Room 7 save, so it cannot be loaded.',
    'newer-format': 'This save was made by a newer version of Room 7. Reload the page to get the newest version, then try again.',
    'unknown-format': 'This save has a format this version of Room 7 does not know, so it cannot be loaded.',
    invalid: 'This save is damaged: parts of it are missing or wrong. It is kept until you delete it; load another save.',
    'bad-run': 'This save is damaged: its record of your choices cannot be read. It is kept until you delete it.',
    inconsistent: 'This save is damaged: it contradicts itself. It is kept until you delete it; load another save.',
    'story-unreadable':
      'The game’s story cannot be read, so no save can load: reload the page, and if this stays, the game needs an update.',
    'replay-failed': 'This save no longer fits the story (the story has changed too much), so it cannot be loaded.',
  },
  /** Why an imported file was refused, by the same problems, finishing "That file was not imported: ...". */
  importProblem: {
    'not-json': 'it is not a Room 7 save',
    'not-a-save': 'it is not a Room 7 save',
    'newer-format': 'it was made by a newer version of Room 7 (reload the page to get it)',
    'unknown-format': 'it is not a Room 7 save this version can read',
    invalid: 'it is damaged',
    'bad-run': 'it is damaged',
    inconsistent: 'it is damaged',
    'story-unreadable': 'the game’s story cannot be read (reload the page)',
    'replay-failed': 'it does not fit this version of the story',
  },
  goBackTo: 'Go back to',
  choicePointsIntro: (n: number) =>
    `You have made ${n} choices in this run. Go back to one to choose again; the newest are listed last.`,
  noChoicesYet: 'No choice has been made yet.',
  /** The branch map (scenes/map.ts, presentation/map/). */
  map: {
    heading: 'Story map',
    listLabel: 'Story map, as a list',
    announce: 'Story map. The list of chapters, choice points and endings follows.',
    opening: 'Opening',
    elsewhere: 'Elsewhere',
    endings: 'Endings',
    chapter: chapterLabel,
    locked: '?',
    here: 'You are here',
    hereShort: 'you are here',
    replay: 'Replay from here',
    replayLabel: (where: string) => `Replay from here: ${where}`,
    replayOff: 'Replaying from the map is not available in this version.',
    noRoute: 'No run to replay from here is known yet.',
    untitledOption: '(an option without words)',
    notReached: 'not reached yet',
    point: (node: string, i: number, n: number) => (n > 1 ? `${node}, choice ${i + 1} of ${n}` : `${node}, choice`),
    choiceOf: (i: number, n: number) => (n > 1 ? `Choice ${i + 1} of ${n}` : 'The choice here'),
    summary: (seen: number, points: number, found: number, endings: number) =>
      `You have reached ${seen} of ${points} choice points and found ${found} of ${endings} endings.`,
    pick: 'Pick a choice point (the marks under a scene’s name): click one, or the scene, or press Tab.',
    pickTouch: 'Tap a scene to see its choices.',
    legend:
      'Yellow: seen. Dim: not seen yet. A mark with a dark centre still has options you have not taken. The ring: where you are.',
    noChoices: 'No choices here.',
    hint: 'Drag or arrows: move · wheel or + −: zoom · 0: fit · Tab: next choice · Enter: replay · Esc: back',
    hintTouch: 'Drag to move · + − to zoom · tap a scene (again: its next choice)',
    fit: 'Fit',
    zoomIn: '+',
    zoomOut: '−',
    chapterLine: (chapter: string, seen: string[], unseenScenes: number, unreached: number) => {
      const rest = [
        unseenScenes ? `${unseenScenes} ${unseenScenes === 1 ? 'scene' : 'scenes'}` : '',
        unreached ? `${unreached} choice ${unreached === 1 ? 'point' : 'points'}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      return `${chapter}: ${seen.length ? `seen: ${seen.join(', ')}` : 'nothing seen yet'}${rest ? `; ${rest} not seen yet` : ''}.`;
    },
    optionKey: '✓ taken   ○ not taken yet',
    endingsLine: (found: string[], locked: number) =>
      `Endings: ${found.length ? `found: ${found.join(', ')}` : 'none found yet'}${locked ? `; ${locked} locked` : ''}.`,
    hereLine: (where: string) => `You are here: ${where}.`,
    option: (text: string, taken: boolean) => `“${text}” (${taken ? 'taken' : 'not taken yet'})`,
  },
  back: 'Back',
  end: { heading: 'The End', again: 'Play again (find another ending)', toTitle: 'Back to the title' },
  error: { heading: 'Something went wrong', back: 'Go back to the title', restart: 'Restart the game' },
} as const;
