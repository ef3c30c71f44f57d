// Extras, not yet ids in the story: the cellmates and the warden in 2013, sixteen years on (the mock
// trial's witnesses), in their own clothes and greyer: the same faces, older and with grey hair.
import type { Char, Draw } from '../lib/character.ts';
import { suit, winterJacket } from '../lib/clothes.ts';
import { mix } from '../lib/svg.ts';

const GREY = '#a8a3a3';

/** Which character, the 2013 label, and what they wear in 2013. */
const IN_2013: [string, string, Draw][] = [
  ['yangho', 'So Yang-ho, 2013 (extra)', suit('#4a3a2e', '#efe9dc', null)],
  ['chunho', 'Choi Chun-ho, 2013 (extra)', suit('#6b5a48', '#f0ece4', '#3b4a5c')],
  ['manbeom', 'Kang Man-beom, 2013 (extra)', suit('#2a2a2e', '#d9d6cb', null)],
  ['bongshik', 'Shin Bong-shik, 2013 (extra)', winterJacket('#4a6a58', '#d9a441')],
  ['dado', 'Da-do, 2013 (extra)', suit('#7a6a58', '#efe9dc', null)],
  ['warden', 'Jang Min-hwan, 2013, retired (extra)', suit('#4a4e56', '#e8e6e0', '#5a3a3a')],
];

/** The 2013 versions of the characters of `story` listed in IN_2013, as `<id>_2013`. */
export function later(story: Char[]): Char[] {
  return IN_2013.flatMap(([id, label, body]) => {
    const base = story.find((c) => c.id === id);
    if (!base) return [];
    return [
      {
        ...base,
        id: `${id}_2013`,
        label,
        body,
        hairTint: id === 'dado' ? '#f4f2ee' : GREY,
        f: { ...base.f, age: Math.min(1, base.f.age + 0.4), browColor: mix(base.f.browColor, GREY, 0.5) },
      },
    ];
  });
}
