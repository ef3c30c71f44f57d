// The Save and Load screens: the autosave, the quick save and six slots, each with its chapter,
// time, summary line and a thumbnail; delete (with a confirmation), export to a file, import one.
import { keyBelongsToFocus } from '../../a11y/mirror.ts';
import { decodeSave } from '../../persistence/save-codec.ts';
import { MANUAL_SLOTS, PLAYER_SLOTS, type SlotId, type SlotSummary } from '../../persistence/save-slots.ts';
import { SceneKey } from '../keys.ts';
import { computeLayout } from '../layout.ts';
import { offer } from '../mirror-offer.ts';
import { goBack, isOverlay, type Return } from '../navigation.ts';
import { palette } from '../palette.ts';
import Phaser from '../phaser.ts';
import { loadSlot, type Outcome, saveToSlot, storyJson } from '../player.ts';
import { services } from '../services.ts';
import { S } from '../strings.ts';
import { css, UI_FONT } from '../theme.ts';
import { ButtonList, type ListItem } from '../widgets/button-list.ts';
import { drawPanel } from '../widgets/panel.ts';

export type SlotsMode = 'save' | 'load' | 'delete' | 'export';

export interface SlotsData {
  mode: SlotsMode;
  back: Return;
  /** A slot waiting for "yes, delete it". */
  confirm?: SlotId;
  message?: string;
}

const NAMES: Record<string, string> = { auto: S.slots.auto, quick: S.slots.quick };
const slotName = (id: SlotId) => NAMES[id] ?? `${S.slots.slot} ${id.replace('slot', '')}`;

function describe(s: SlotSummary): string {
  if (!s.save) return `${slotName(s.id)}: ${S.slots.empty}`;
  if (s.problem) return `${slotName(s.id)}: ${S.slots.damaged}`;
  const when = new Date(s.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const summary = s.summary.length > 70 ? `${s.summary.slice(0, 67)}…` : s.summary;
  return `${slotName(s.id)} · ${s.chapter} · ${when}\n“${summary}”`;
}

export class SlotsScene extends Phaser.Scene {
  constructor() {
    super(SceneKey.Slots);
  }

  create(data: SlotsData): void {
    const svc = services(this);
    const layout = computeLayout(this.scale.width, this.scale.height, svc.settings.get().fontScale);
    const colours = palette(this);
    if (!isOverlay(data.back)) this.cameras.main.setBackgroundColor(0x0b1020);
    const heading = S.slots.headings[data.mode];
    const panel = drawPanel(this, layout, colours, heading);
    const again = (patch: Partial<SlotsData>) =>
      this.scene.restart({ ...data, confirm: undefined, message: undefined, ...patch });
    const report = (o: Outcome) => again({ message: o.message });

    const ids: readonly SlotId[] = data.mode === 'save' ? ['quick', ...MANUAL_SLOTS] : PLAYER_SLOTS;
    const summaries = ids.map((id) => {
      const read = svc.slots.read(id);
      return read.ok
        ? read.value
        : { id, save: null, chapter: '', savedAt: '', summary: '', thumbnail: null, problem: read.error.message };
    });

    let items: ListItem[];
    if (data.confirm) {
      const target = data.confirm;
      items = [
        { label: S.slots.confirmYes(slotName(target)), onPress: () => report(this.remove(target)) },
        { label: S.slots.confirmNo, onPress: () => again({}) },
      ];
    } else {
      items = summaries.map((s) => ({ label: describe(s), onPress: () => void this.pick(data, s).then((o) => o && report(o)) }));
      const modes: [SlotsMode, string][] = [
        ['load', S.slots.modeLoad],
        ['save', S.slots.modeSave],
        ['delete', S.slots.modeDelete],
        ['export', S.slots.modeExport],
      ];
      for (const [mode, label] of modes) {
        if (mode !== data.mode && (mode !== 'save' || data.back === 'menu'))
          items.push({ label, onPress: () => again({ mode }) });
      }
      items.push({ label: S.slots.import, onPress: () => void this.importFile().then(report) });
      items.push({ label: S.back, onPress: () => goBack(this, data.back) });
    }
    const size = Math.round(layout.uiSize * (layout.portrait ? 0.7 : 0.62));
    const thumbW = layout.portrait ? 0 : 150;
    const list = new ButtonList(this, panel.x + 50, panel.contentY + 40, items, {
      width: panel.width - 100 - (thumbW ? thumbW + 20 : 0),
      palette: colours,
      fontSize: size,
      gap: 6,
    }).setDepth(62);
    if (thumbW && !data.confirm) this.thumbnails(summaries, list, panel.x + panel.width - 50 - thumbW, thumbW);
    const status = data.message ?? (data.confirm ? S.slots.confirm(slotName(data.confirm)) : S.slots.hint[data.mode]);
    this.add
      .text(panel.x + 60, panel.contentY - 10, status, {
        fontFamily: UI_FONT,
        fontSize: `${Math.round(size * 0.9)}px`,
        color: css(colours.accent),
      })
      .setDepth(61);
    this.input.keyboard?.on('keydown', (event: KeyboardEvent) => {
      if (!keyBelongsToFocus(event) && event.key === 'Escape') goBack(this, data.back);
    });
    offer(
      this,
      items.map((i) => ({ label: i.label.replace('\n', ' '), onChoose: i.onPress })),
      heading,
      true,
      [status],
    );
    if (data.message) svc.mirror.announce(data.message);
  }

  private async pick(data: SlotsData, slot: SlotSummary): Promise<Outcome | null> {
    const svc = services(this);
    switch (data.mode) {
      case 'save':
        return saveToSlot(this, slot.id);
      case 'load':
        if (!slot.save) return { ok: false, message: S.slots.emptyPicked };
        {
          const loaded = loadSlot(this, slot.id);
          return loaded.ok ? null : loaded;
        }
      case 'delete':
        if (!slot.save) return { ok: false, message: S.slots.emptyPicked };
        this.scene.restart({ ...data, confirm: slot.id, message: undefined });
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
    const text = await svc.platform.pickFile();
    if (text === null) return { ok: false, message: S.slots.importCancelled };
    const free = MANUAL_SLOTS.find((id) => {
      const read = svc.slots.read(id);
      return read.ok && read.value.save === null;
    });
    if (!free) return { ok: false, message: S.slots.noFreeSlot };
    const outcome = checkImport(this, text);
    if (!outcome.ok) return outcome;
    const written = svc.slots.write(free, text, null);
    return written.ok ? { ok: true, message: S.slots.imported(slotName(free)) } : { ok: false, message: written.error.message };
  }

  private thumbnails(summaries: SlotSummary[], list: ButtonList, x: number, width: number): void {
    summaries.forEach((s, i) => {
      if (!s.thumbnail) return;
      const key = `thumb:${s.id}:${s.savedAt}`;
      const place = () => {
        const y = list.buttonTop(i);
        if (y === null || !this.sys.isActive()) return;
        const img = this.add.image(x, y, key).setOrigin(0, 0).setDepth(63);
        img.setScale(width / img.width);
      };
      if (this.textures.exists(key)) place();
      else {
        this.textures.once(`addtexture-${key}`, place);
        this.textures.addBase64(key, s.thumbnail);
      }
    });
  }
}

/** A file is imported only if it loads on this story (validated, possibly rebuilt); nothing changes otherwise. */
function checkImport(scene: Phaser.Scene, text: string): Outcome {
  const result = decodeSave(text, storyJson(scene));
  if (result.kind === 'error') return { ok: false, message: `${S.slots.importRejected} ${result.error.message}` };
  return { ok: true, message: '' };
}
