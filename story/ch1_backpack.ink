// STUB: replaced by the story issue.
=== ch1 ===
# chapter: 1 The Yellow Backpack
Placeholder for The Yellow Backpack.
* [Go on.]
    -> ch2
