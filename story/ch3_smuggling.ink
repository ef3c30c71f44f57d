// STUB: replaced by the story issue.
=== ch3 ===
# chapter: 3 Smuggling Ye-sung In
Placeholder for Smuggling Ye-sung In.
* [Go on.]
    -> ch4
