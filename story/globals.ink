// Room 7: state shared by every chapter. See story/README.md ("Variables").

// What adult Ye-sung can put before the mock trial. Gained in the past, presented in chapter 6.
LIST Exhibits = backpack, price_tag, ice_photo, brick, cpr_statement, interrogation_notes, confession_script, drawing, fire_report, balloon_photo, birthday_card

// Small true things the player noticed. All of them (with every bond) opens the last epilogue.
LIST Memories = promise, first_laugh, bread_shared, song_taught, snow_angel, star_named, last_words

// Acts of Yong-gu's that a witness remembers (DRAFT2.md section 4). A witness speaks in 2013 if the
// player holds one of his deeds. Added silently (no tag) inside the choice that shows the act.
LIST Deeds = stood_between, asked_if_hurt, told_the_backpack, covered_for_chunho, bread_to_manbeom, trusted_manbeom, wore_the_thread, kept_faith_knot, bread_to_dado, learned_the_word, saved_warden, told_warden

// The 2013 interludes' questions answered in the flashbacks (DRAFT2.md section 6), cited in court.
LIST Answers = a_led, a_hands, a_same_story, a_understood, a_stayed

// Small acts a later chapter recalls in passing (text only; no weight in court). Added silently inside
// the choice that shows the act, so no chapter reads another chapter's labels.
LIST Past = saw_the_notebook, called_them_uncles, bowed_to_the_boss, said_goodnight_list, asked_about_letters, turned_his_shoes, cut_in_the_yard, gave_heater_to_dado, glanced_at_row, glanced_at_warden, met_chunho_first, river_song, chapel_song, copied_her_letters, counted_to_birthday, did_her_hair, heard_whole_day, read_record_aloud, told_bench_his_speech, snowball_war, asked_what_a_trial_is, asked_her_to_come, told_them_safe, hand_on_her_head

// Witnesses who agreed to speak at the mock trial (set in chapter 6 from Deeds and warden_doubt).
LIST Witnesses = yangho, chunho, manbeom, bongshik, dado, warden

// Bond with each cellmate, 0..5: at most one raise per scene, for one specific act (DRAFT2.md section 3).
// At 3+ a willing witness has one more thing to say.
VAR bond_yangho = 0
VAR bond_chunho = 0
VAR bond_manbeom = 0
VAR bond_bongshik = 0
VAR bond_dado = 0
// The warden's doubt about the verdict, 0..5.
VAR warden_doubt = 0
// How well the rehearsal went, 0..5 (chapter 4's practice answers).
VAR rehearsal_score = 0
// Chapter 4: did Yong-gu try to tell the truth in court before the false confession?
VAR tried_truth = false
// Chapter 5, on the wire: "stayed" (he asks for her to be taken down first), "held_on" (he will not
// let go of her) or "climbed" (he tries the wire with her on his back). Set in ch5_escape.wire; ch6's
// Bong-shik tells it.
VAR on_the_wire = "stayed"
// Chapter 4, the night of the beating: "" (the warden did not come down), or what Yong-gu did when the
// warden held his torch on his face: "asked_safe", "blamed_ice", "turned_away". ch6's warden tells it.
VAR night_visit = ""
// Chapter 6 fills this with its arguments; the ending reads it.
VAR case_strength = 0

=== function raise(ref bond, by)
~ bond = MIN(bond + by, 5)

=== function lower(ref bond, by)
~ bond = MAX(bond - by, 0)

=== function total_bonds()
~ return bond_yangho + bond_chunho + bond_manbeom + bond_bongshik + bond_dado

=== function all_memories()
~ return LIST_COUNT(Memories) == LIST_COUNT(LIST_ALL(Memories))
