// The Save and Load screens: the autosave, the quick save and eight slots, each with its chapter,
// time, summary line and a picture of the story; delete (with a confirmation), export to a file,
// import one. Saving over a save asks first, showing both; a slot another tab changed since this
// list was drawn is never overwritten (the list redraws when another tab changes the saves).
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { decodeSave } from '../../persistence/save-codec.ts';
import { chapterName, MANUAL_SLOTS, PLAYER_SLOTS, type SlotId, type SlotSummary } from '../../persistence/save-slots.ts';
import { SceneKey } from '../keys.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import Phaser from '../phaser.ts';
import { currentSession, type Outcome, storyJson } from '../play/enter.ts';
import { loadSlot, saveToSlot } from '../play/saves.ts';
import { openPanel } from '../screen-frame.ts';
import { services } from '../services.ts';
import { storyPicture } from '../story-picture.ts';
import { S } from '../strings.ts';
import { css, UI_FONT } from '../theme.ts';
import type { ListItem } from '../widgets/button-list.ts';
import { ScrollList, type ScrollRow } from '../widgets/scroll-list.ts';

export type SlotsMode = 'save' | 'load' | 'delete' | 'export';

export interface SlotsData {
  mode: SlotsMode;
  back: Return;
  /** A slot waiting for "yes" (delete it, or save over it). */
  confirm?: SlotId;
  message?: string;
  /** The row to focus (and scroll to): the slot just saved in or picked. */
  focus?: number;
}

const NOW_PICTURE = 'thumb:story-now';

function describe(s: SlotSummary): string {
  const name = S.slots.name(s.id);
  if (!s.save) return `${name}: ${S.slots.empty}`;
  if (s.problem) return `${name}: ${S.slots.damaged}`;
  const when = new Date(s.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const summary = s.summary.length > 110 ? `${s.summary.slice(0, 107)}…` : s.summary;
  return `${name} · ${s.chapter || S.slots.opening} · ${when}\n“${summary}”`;
}

/** A slot's picture is keyed by the slot and the save's time: a new save is a new picture. */
const PICTURE_PREFIX = 'thumb:';
const pictureKey = (s: SlotSummary) => (s.thumbnail ? `${PICTURE_PREFIX}${s.id}:${s.savedAt}` : null);

export class SlotsScene extends Phaser.Scene {
  private list: ScrollList | null = null;

  constructor() {
    super(SceneKey.Slots);
  }

  create(data: SlotsData): void {
    const svc = services(this);
    const heading = data.confirm && data.mode === 'save' ? S.slots.overwriteHeading : S.slots.headings[data.mode];
    const { layout, colours, panel } = openPanel(this, heading, { overlay: isOverlay(data.back) });
    const size = Math.round(layout.uiSize * (layout.portrait ? 0.72 : 0.8));
    const status = data.message ?? (data.confirm ? this.question(data.mode, data.confirm) : S.slots.hint[data.mode]);
    const line = this.add
      .text(panel.body.x, panel.body.y - 6, status, {
        fontFamily: UI_FONT,
        fontSize: `${size}px`,
        color: css(colours.accent),
        wordWrap: { width: panel.body.width },
      })
      .setDepth(61);
    const top = line.y + line.height + 18;
    const box = { ...panel.body, y: top, height: panel.body.y + panel.body.height - top };
    const summaries = this.summaries(data.mode);
    const { rows, footer } = data.confirm ? this.confirmation(data, summaries) : this.choosing(data, summaries);
    this.list = new ScrollList(this, box, rows, {
      palette: colours,
      fontSize: size,
      footer,
      footerFontSize: Math.round(size * 0.9),
      // Landscape: small enough that three saves fit the panel even at Larger text (a 384x216 picture left two).
      picture: layout.portrait ? { width: 336, height: 189 } : { width: 256, height: 144 },
      digits: !data.confirm,
      ...(data.focus === undefined ? {} : { focus: data.focus }),
    });
    this.loadPictures(summaries);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (keyBelongsToFocus(event) || event.key !== 'Escape') return;
      if (data.confirm) this.again(data, {});
      else goBack(this, data.back);
    });
    // Another tab saved, deleted or imported: show what the slots hold now.
    const stop = svc.platform.onStorageChange((key) => {
      if (key === null || key.includes('save.')) this.scene.restart({ ...data, message: S.slots.changedElsewhere });
    });
    this.events.once('shutdown', stop);
    const items = [...rows.filter((r) => r.onPress), ...footer.map((f) => ({ text: f.label, onPress: f.onPress }))];
    offer(
      this,
      items.map((r) => ({ label: r.text.replace('\n', ' '), onChoose: r.onPress as () => void })),
      heading,
      true,
      [status, ...rows.filter((r) => !r.onPress).map((r) => r.text)],
    );
    if (data.message) svc.mirror.announce(data.message);
  }

  private again(data: SlotsData, patch: Partial<SlotsData>): void {
    this.scene.restart({ ...data, confirm: undefined, message: undefined, focus: undefined, ...patch });
  }

  private question(mode: SlotsMode, id: SlotId): string {
    return mode === 'save' ? S.slots.overwrite(S.slots.name(id)) : S.slots.confirm(S.slots.name(id));
  }

  private summaries(mode: SlotsMode): SlotSummary[] {
    const ids: readonly SlotId[] = mode === 'save' ? ['quick', ...MANUAL_SLOTS] : PLAYER_SLOTS;
    return ids.map((id) => this.summary(id));
  }

  private summary(id: SlotId): SlotSummary {
    const read = services(this).slots.read(id);
    return read.ok
      ? read.value
      : { id, save: null, chapter: '', savedAt: '', summary: '', thumbnail: null, problem: read.error.message };
  }

  private choosing(data: SlotsData, summaries: SlotSummary[]): { rows: ScrollRow[]; footer: ListItem[] } {
    const report = (o: Outcome) => this.again(data, { message: o.message });
    const rows = summaries.map((s, i) => ({
      text: describe(s),
      picture: pictureKey(s),
      onPress: () => void this.pick(data, s).then((o) => o && this.again(data, { message: o.message, focus: i })),
    }));
    const modes: [SlotsMode, string][] = [
      ['load', S.slots.modeLoad],
      ['save', S.slots.modeSave],
      ['delete', S.slots.modeDelete],
      ['export', S.slots.modeExport],
    ];
    const footer: ListItem[] = modes
      .filter(([mode]) => mode !== data.mode && (mode !== 'save' || data.back === 'menu'))
      .map(([mode, label]) => ({ label, onPress: () => this.again(data, { mode }) }));
    footer.push({ label: S.slots.import, onPress: () => void this.importFile().then(report) });
    footer.push({ label: S.back, onPress: () => goBack(this, data.back) });
    return { rows, footer };
  }

  /** Delete, or save over a save: the slot as it is now (and for a save, the story now), then yes or no. */
  private confirmation(data: SlotsData, summaries: SlotSummary[]): { rows: ScrollRow[]; footer: ListItem[] } {
    const id = data.confirm as SlotId;
    const shown = summaries.find((s) => s.id === id) ?? this.summary(id);
    const at = summaries.findIndex((s) => s.id === id);
    const report = (o: Outcome) => this.again(data, { message: o.message, ...(at < 0 ? {} : { focus: at }) });
    const rows: ScrollRow[] = [{ text: `${S.slots.inSlotNow}\n${describe(shown)}`, picture: pictureKey(shown) }];
    let yes: ListItem;
    if (data.mode === 'save') {
      const session = currentSession(this);
      const chapter = chapterName(session?.presentation.chapter ?? null) || S.slots.opening;
      rows.push({ text: `${S.slots.yourStoryNow}\n${chapter}\n“${session?.playthrough.lastLine ?? ''}”`, picture: NOW_PICTURE });
      void storyPicture(this.registry).then((shot) => shot && this.addPicture(NOW_PICTURE, shot, true));
      // The save replaces exactly what this screen shows; anything else (another tab) is kept.
      yes = { label: S.slots.overwriteYes(S.slots.name(id)), onPress: () => void saveToSlot(this, id, shown.save).then(report) };
    } else {
      yes = { label: S.slots.confirmYes(S.slots.name(id)), onPress: () => report(this.remove(id)) };
    }
    const no = () => this.again(data, at < 0 ? {} : { focus: at });
    rows.push({ text: yes.label, onPress: yes.onPress }, { text: S.slots.confirmNo, onPress: no });
    return { rows, footer: [] };
  }

  private async pick(data: SlotsData, slot: SlotSummary): Promise<Outcome | null> {
    const svc = services(this);
    switch (data.mode) {
      case 'save':
        if (slot.save) {
          this.again(data, { confirm: slot.id });
          return null;
        }
        return saveToSlot(this, slot.id, null);
      case 'load':
        if (!slot.save) return { ok: false, message: S.slots.emptyPicked };
        {
          const loaded = loadSlot(this, slot.id);
          return loaded.ok ? null : loaded;
        }
      case 'delete':
        if (!slot.save) return { ok: false, message: S.slots.emptyPicked };
        this.again(data, { confirm: slot.id });
        return null;
      case 'export':
        if (!slot.save) return { ok: false, message: S.slots.emptyPicked };
        svc.platform.download(`room7-${slot.id}.json`, slot.save);
        return { ok: true, message: S.slots.exported };
    }
  }

  private remove(id: SlotId): Outcome {
    const removed = services(this).slots.remove(id);
    return removed.ok ? { ok: true, message: S.slots.deleted } : { ok: false, message: removed.error.message };
  }

  /** Imports a save file into the first empty manual slot; a bad file changes nothing. */
  private async importFile(): Promise<Outcome> {
    const svc = services(this);
    const picked = await svc.platform.pickFile();
    if (picked === null) return { ok: false, message: S.slots.importCancelled };
    if ('refused' in picked) return { ok: false, message: picked.refused };
    const { text } = picked;
    const free = MANUAL_SLOTS.find((id) => {
      const read = svc.slots.read(id);
      return read.ok && read.value.save === null;
    });
    if (!free) return { ok: false, message: S.slots.noFreeSlot };
    const outcome = checkImport(this, text);
    if (!outcome.ok) return outcome;
    const written = svc.slots.write(free, text, null, null);
    return written.ok
      ? { ok: true, message: S.slots.imported(S.slots.name(free)) }
      : { ok: false, message: written.error.message };
  }

  /**
   * Each slot's picture as it is now. The pictures are textures of the whole game, kept between
   * visits; a slot saved over or deleted leaves its old picture behind, which is dropped here, so the
   * game holds at most one per slot however often the player saves.
   */
  private loadPictures(summaries: SlotSummary[]): void {
    const keys = this.textures.getTextureKeys();
    for (const s of summaries) {
      const key = pictureKey(s);
      for (const old of keys) if (old.startsWith(`${PICTURE_PREFIX}${s.id}:`) && old !== key) this.textures.remove(old);
      if (key && s.thumbnail) this.addPicture(key, s.thumbnail, false);
    }
  }

  /** Adds a picture as a texture once; the list redraws when it arrives. */
  private addPicture(key: string, dataUrl: string, replace: boolean): void {
    if (replace && this.textures.exists(key)) this.textures.remove(key);
    if (this.textures.exists(key)) return;
    const arrived = () => {
      if (this.sys.isActive()) this.list?.refresh();
    };
    // On the game's texture manager, which outlives this screen: a picture that never arrives
    // (a damaged one) must not leave its listener there.
    this.textures.once(`addtexture-${key}`, arrived);
    this.events.once('shutdown', () => this.textures.off(`addtexture-${key}`, arrived));
    this.textures.addBase64(key, dataUrl);
  }
}

/** A file is imported only if it loads on this story (validated, possibly rebuilt); nothing changes otherwise. */
function checkImport(scene: Phaser.Scene, text: string): Outcome {
  const result = decodeSave(text, storyJson(scene));
  if (result.kind === 'error') return { ok: false, message: S.slots.importRejected(S.importProblem[result.error.problem]) };
  return { ok: true, message: '' };
}
