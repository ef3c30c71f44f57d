// STUB: replaced by the story issue.
=== prologue ===
# chapter: 0 The Training Court
Placeholder for The Training Court.
* [Go on.]
    -> ch1
