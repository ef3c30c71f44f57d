// STUB: replaced by the story issue.
=== ch4 ===
# chapter: 4 The Rehearsal
Placeholder for The Rehearsal.
* [Go on.]
    -> ch5
