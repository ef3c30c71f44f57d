// Room 7 -- the story's root. Each chapter lives in its own file; see story/README.md.
INCLUDE globals.ink
INCLUDE prologue.ink
INCLUDE ch1_backpack.ink
INCLUDE ch2_room7.ink
INCLUDE ch3_smuggling.ink
INCLUDE ch4_rehearsal.ink
INCLUDE ch5_balloon.ink
INCLUDE ch6_trial.ink

-> prologue
