// STUB: replaced by the story issue.
=== ch2 ===
# chapter: 2 Room 7
Placeholder for Room 7.
* [Go on.]
    -> ch3
