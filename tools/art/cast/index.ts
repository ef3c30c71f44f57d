// The cast, in the order of the manifest and the credits: one file per character in this folder, each
// the character's data (face, build, features, hair, clothes, colours) over the builders in tools/art/lib/.
// The extras of 2013 are the cellmates and the warden sixteen years on (later.ts).
import type { Char } from '../lib/character.ts';
import { bongshik } from './bongshik.ts';
import { bystander } from './bystander.ts';
import { chunho } from './chunho.ts';
import { commissioner } from './commissioner.ts';
import { dado } from './dado.ts';
import { detective } from './detective.ts';
import { guard } from './guard.ts';
import { jiyeon } from './jiyeon.ts';
import { judge } from './judge.ts';
import { later } from './later.ts';
import { manbeom } from './manbeom.ts';
import { prosecutor } from './prosecutor.ts';
import { shopkeeper } from './shopkeeper.ts';
import { teacher } from './teacher.ts';
import { warden } from './warden.ts';
import { yangho } from './yangho.ts';
import { yesungAdult } from './yesung_adult.ts';
import { yesungChild } from './yesung_child.ts';
import { yonggu, yongguHome } from './yonggu.ts';

/** Every character with a portrait set. */
export function cast(): Char[] {
  const story = [
    yonggu(),
    yongguHome(),
    yesungChild(),
    yesungAdult(),
    yangho(),
    chunho(),
    manbeom(),
    bongshik(),
    dado(),
    warden(),
    commissioner(),
    judge(),
    prosecutor(),
    detective(),
    guard(),
    teacher(),
    shopkeeper(),
    jiyeon(),
  ];
  return [...story, ...later(story), bystander()];
}
