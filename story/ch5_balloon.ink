// STUB: replaced by the story issue.
=== ch5 ===
# chapter: 5 The Balloon
Placeholder for The Balloon.
* [Go on.]
    -> ch6
