// STUB: replaced by the story issue.
=== ch6 ===
# chapter: 6 The Mock Trial
Placeholder for the mock trial.
* [Rest.]
    # ending: verdict_stands
    The end.
    -> END
