// Chapter 6: The Mock Trial (2013) and the endings. The design is story/DRAFT2.md, section 9.
//
// Reads only global state: Exhibits, Memories, Deeds, Answers, bond_*, warden_doubt, rehearsal_score,
// tried_truth, ch1_fled, and the prologue's opening / opening_name / opening_look. Its own labels besides.
//
// HOW A POINT IS WEIGHED. The prosecution puts five points (motive, the alley, the confession, conduct in
// custody, capacity). Ye-sung answers each with up to two things she holds that bear on it; only such
// things are offered, and each is spent once (some bear on two points: choose where). Weights:
//   a noticed exhibit (ice_photo, brick, interrogation_notes, confession_script), the fire report,
//   or a willing witness ......................................... 2 (proves the point alone)
//   a kept or given exhibit, a memory, tried_truth, a good rehearsal  1 (supports it)
//   an argument from the record, or a witness who never agreed ....... 0, and the prosecutor
//       cross-examines; in re-examination the interlude's answer (Answers) or a Room 7 memory recovers 1
// A point with a weight-2 item is PROVED; with any weight, ANSWERED; else OPEN. There are no minus points.
// case_strength is the sum of weights (a willing witness whose bond is 3+ adds 1 more): the competent
// trial policy of `story:balance` raises it.
// ENDINGS (ch6.ruling):
//   the_gift ........ reinvestigation's condition, all seven memories, all six witnesses willing
//   reinvestigation . the alley established (the ice photo or the brick presented on it, or the CPR carbon
//                     and the warden together), the confession proved, four points proved in all;
//                     or all five points proved
//   acquittal ....... four points proved, or three with the alley among them
//   verdict_stands .. less
LIST ch6_ruling = (ch6_pending), ch6_stands, ch6_acquittal, ch6_reinvestigation, ch6_gift
LIST ch6_points = p_motive, p_alley, p_confession, p_conduct, p_capacity
// Presentations that are not items of the story's LISTs: the arguments from the record, the denial.
LIST ch6_args = arg_motive, arg_alley, arg_confession, arg_conduct, arg_capacity, arg_denial
// The point being argued; everything presented (items of Exhibits, Witnesses, Memories, Answers);
// the points answered and proved; the weight and the turns of the point being argued.
VAR ch6_point = p_motive
VAR ch6_used = ()
VAR ch6_answered = ()
VAR ch6_proved = ()
// Witnesses who never agreed but, re-examined on a memory, said one thing for him.
VAR ch6_recovered = ()
VAR ch6_weight = 0
VAR ch6_turns = 0
VAR ch6_strong = false
// The court has seen what happened on the ice (decided at the ruling).
VAR ch6_established = false
// The last gesture of the closing scene, which its last line answers.
VAR ch6_last = ""
// What was presented on each point (the ruling names these and nothing else).
VAR ch6_at_motive = ()
VAR ch6_at_alley = ()
VAR ch6_at_confession = ()
VAR ch6_at_conduct = ()
VAR ch6_at_capacity = ()

=== function ch6_enlist()
~ Witnesses = ()
{ Deeds ^ (stood_between, asked_if_hurt):
    ~ Witnesses += yangho
}
{ Deeds ^ (told_the_backpack, covered_for_chunho):
    ~ Witnesses += chunho
}
{ Deeds ^ (bread_to_manbeom, trusted_manbeom):
    ~ Witnesses += manbeom
}
{ Deeds ^ (wore_the_thread, kept_faith_knot):
    ~ Witnesses += bongshik
}
{ Deeds ^ (bread_to_dado, learned_the_word):
    ~ Witnesses += dado
}
{ Deeds ^ (saved_warden, told_warden) || warden_doubt >= 3:
    ~ Witnesses += warden
}

// Held and not yet spent.
=== function ch6_has(item)
~ return (Exhibits ? item || Memories ? item || Answers ? item || Witnesses ? item) && not (ch6_used ? item)

// Anything still to put on the alley, the confession or capacity: the points whose options may all be
// spent already (the others always keep one option besides resting). Keep these in step with the
// options of ch6.alley, ch6.confession and ch6.capacity.
=== function ch6_alley_more()
~ return ch6_has(ice_photo) || ch6_has(brick) || ch6_has(cpr_statement) || (Witnesses ? warden && ch6_free(warden) && Deeds ? saved_warden) || not (ch6_used ? arg_alley)

=== function ch6_capacity_more()
~ return ch6_has(interrogation_notes) || ch6_has(confession_script) || ch6_has(birthday_card) || ch6_free(dado) || not (ch6_used ? arg_capacity)

=== function ch6_confession_more()
~ return ch6_has(interrogation_notes) || ch6_has(confession_script) || ch6_free(warden) || (Witnesses ? dado && ch6_free(dado)) || (tried_truth && not (ch6_used ? arg_denial)) || ch6_has(last_words) || not (ch6_used ? arg_confession)

// A witness who could still be called, willing or not.
=== function ch6_free(who)
~ return not (ch6_used ? who)

// A presentation: spends the item and a turn.
=== function ch6_use(item, weight)
~ ch6_turns += 1
{ weight >= 2:
    ~ ch6_strong = true
}
~ ch6_spend(item)
~ ch6_credit(weight)

// Marks an item presented on the point being argued (a re-examination's answer or memory too).
=== function ch6_spend(item)
~ ch6_used += item
{
- ch6_point == p_motive:
    ~ ch6_at_motive += item
- ch6_point == p_alley:
    ~ ch6_at_alley += item
- ch6_point == p_confession:
    ~ ch6_at_confession += item
- ch6_point == p_conduct:
    ~ ch6_at_conduct += item
- else:
    ~ ch6_at_capacity += item
}

=== function ch6_credit(weight)
~ ch6_weight += weight
~ case_strength += weight

=== function ch6_in_words(n)
{
- n == 0:
    ~ return "no"
- n == 1:
    ~ return "one"
- n == 2:
    ~ return "two"
- n == 3:
    ~ return "three"
- n == 4:
    ~ return "four"
- n == 5:
    ~ return "five"
- n == 6:
    ~ return "six"
- n == 7:
    ~ return "seven"
- n == 8:
    ~ return "eight"
- n == 9:
    ~ return "nine"
- n == 10:
    ~ return "ten"
- else:
    ~ return "eleven"
}

// How the prosecutor names him, after the defence's request or without it.
=== function ch6_him()
{ ch6.prosecution.named:
    ~ return "Lee Yong-gu"
}
~ return "the defendant"

=== ch6 ===
# chapter: 6 The Mock Trial
~ case_strength = 0
~ ch6_used = ()
~ ch6_answered = ()
~ ch6_proved = ()
~ ch6_recovered = ()
~ ch6_enlist()
# scene: training_court fade
# music: court
# ambience: courtroom
# particles: dust
# card: The training court, 2013
# show: yesung_adult neutral left
Ye-sung's hands are flat on the defence table. She does not remember putting them there.
# show: judge neutral center
# sfx: gavel
Judge: The exhibits are before the court. The prosecution will put its case, and the defence will answer it, point by point.
Before her: {ch6_in_words(LIST_COUNT(Exhibits))} {LIST_COUNT(Exhibits) == 1:exhibit|exhibits}, {ch6_in_words(LIST_COUNT(Witnesses))} {LIST_COUNT(Witnesses) == 1:witness who said yes|witnesses who said yes}, and what she remembers.
* (looked_row) [Look along the second row.]
    {Witnesses ? yangho:Yang-ho lifts his chin the width of a coin: ready.|Yang-ho watches the clock, not her.} {Witnesses ? chunho:Chun-ho winks.|Chun-ho, for once, is talking to nobody.} {Witnesses ? manbeom:Man-beom's handkerchief is folded small in his fist, saved for later.|Man-beom studies the floor.}
    {Witnesses ? bongshik:Bong-shik turns the red thread on his wrist, once, for luck.|Bong-shik keeps counting the steps to the door.} {Witnesses ? dado:Da-do taps a page of his book at her: found something.|Da-do has his eyes shut.} {Witnesses ? warden:At the end of the row the warden meets her eyes and holds them.|At the end of the row the warden looks at the flag, at the clock, anywhere but at her.}
* (looked_out) [Look at the window.]
    Through the one high window: the yard, the grey wall, the wire. The yellow balloon is still caught there. It pulls; the wire holds; it pulls again.
* (read_name) [Read the name on the file.]
    Lee Yong-gu, typed on the tab. Underneath, in her own small square hand, the same name again, underlined once. She wrote it first this morning, before the date.
- -> prosecution

= prosecution
# show: prosecutor neutral right
The trainee who drew the prosecution by lot stands, because that is the job.
Prosecutor: Your Honour, the facts of 1997 are largely agreed: a girl dead in an alley, the defendant kneeling over her, a confession in open court. The prosecution puts five points: motive, the witness, the confession, his conduct in custody, and his capacity.
* (named) [Ask that counsel use his name as well.]
    Ye-sung: Your Honour, the defence agreed to call him the defendant, on the understanding that nobody here would forget he had a name.
    Judge: Counsel?
    # show: prosecutor sad right
    Prosecutor: Lee Yong-gu. Of course.
    He means it, which makes it harder.
* (let_pass) [Let it pass. Answer with evidence.]
    Words are his to choose. The evidence is hers. She opens the file.
* (listed) [Write the five points down, one to a line.]
    Motive. Witness. Confession. Conduct. Capacity. Five lines, a small box beside each.
    He carried coal up the stairs one briquette in each hand, never more. One at a time, then.
- -> motive

// ---- The five points. Each: the attack, then up to two answers, then ch6_settle. ----

= motive
~ ch6_point = p_motive
~ ch6_weight = 0
~ ch6_turns = 0
~ ch6_strong = false
# show: prosecutor tense right
Prosecutor: Point one, motive. The day before the death, {ch6_him()} struggled with the girl's father over a backpack in a shop and was thrown out. The next afternoon he was seen in the market, walking behind that man's daughter.
{ not (Exhibits ^ (price_tag, backpack)) && not (Witnesses ^ (chunho, manbeom)) && not (Memories ^ (promise, first_laugh)):
    Prosecutor: The defence will call him gentle. It has nothing from that day to show it. Only a date.
- else:
    Prosecutor: A grievance one day, the man's child the next. The prosecution says they belong together.
}
- (opts)
{ ch6_turns >= 2:
    -> done
}
{ ch6_turns == 1:
    Judge: Anything further on motive?
}
* {ch6_has(price_tag)} [The price tag from his pocket.]
    # sfx: paper
    ~ ch6_use(price_tag, 1)
    A shop's spare price tag in a clear sleeve, soft at the fold: 36,000, in carpenter's pencil.
    Ye-sung: Listed in his property the night he was arrested. He did not carry a grudge in his pocket, Your Honour. He carried a price.
* {ch6_has(backpack)} [The yellow backpack.]
    ~ ch6_use(backpack, 1)
    She sets it on the table. The yellow has gone soft with the years.
    Ye-sung: A backpack like the one that hung in that shop window, the same yellow, the same moon. It reached me in the end, from inside a prison, on my seventh birthday. He never wanted anything from the commissioner. He wanted this, for me.
* {Witnesses ? chunho && ch6_free(chunho)} [Call Choi Chun-ho.]
    -> ch6_chunho ->
* {not (Witnesses ? chunho) && ch6_free(chunho)} [Call Choi Chun-ho, who never said he would speak.]
    -> ch6_chunho ->
* {Witnesses ? manbeom && ch6_free(manbeom)} [Call Kang Man-beom.]
    -> ch6_manbeom ->
* {not (Witnesses ? manbeom) && ch6_free(manbeom)} [Call Kang Man-beom, who would not promise.]
    -> ch6_manbeom ->
* {ch6_has(promise)} [Tell the court about the promise at the shop window.]
    ~ ch6_use(promise, 1)
    Ye-sung: I was there, Your Honour, six years old, my breath on the glass. He promised me the yellow one on payday, with his whole hand. That was his plan. Payday.
    Prosecutor: Counsel is giving evidence.
    Judge: Counsel was there. I'll allow it, for what it weighs.
* {ch6_has(first_laugh)} [Tell the court about the evening after the shop.]
    ~ ch6_use(first_laugh, 1)
    Ye-sung: The evening after the commissioner threw him out, I played doctor and stuck plasters on his face. He laughed till they fell off. That was the man with the grievance.
    Prosecutor: Counsel was six.
    Judge: Noted. It goes to weight.
* (argue) [Argue that walking behind a child is not a motive.]
    ~ ch6_use(arg_motive, 0)
    Ye-sung: The prosecution has a shop and an alley, and no thread between them but its own suspicion.
    Prosecutor: Then what was he doing behind her?
    ** {ch6_has(a_led)} [Answer: she was leading him.]
        ~ ch6_spend(a_led)
        ~ ch6_credit(1)
        Ye-sung: Following her kindness. She had seen him at the window the day before, and she knew another shop that had one. She went ahead to show him the way.
        The prosecutor writes something down and crosses it out.
    ** {ch6_has(a_led)} [Let the question stand.]
        She has her belief, and the court does not weigh beliefs. The question stays on the record, unanswered.
    ** ->
        She has nothing to answer with but her belief, and the court does not weigh beliefs. The question stays on the record, unanswered.
* {ch6_turns == 0} [Concede that he followed her.]
    Ye-sung: The defence accepts that he walked behind her through the market.
    The word "followed" goes onto the record with nothing beside it.
    -> done
* {ch6_turns > 0} [Rest the point.]
    -> done
- -> opts
- (done)
-> ch6_settle -> alley

= alley
~ ch6_point = p_alley
~ ch6_weight = 0
~ ch6_turns = 0
~ ch6_strong = false
# show: prosecutor tense right
Prosecutor: Point two. At dusk a woman at the mouth of the alley saw {ch6_him()} kneeling over the girl, pressing down on her chest. She screamed. {ch1_fled:The report says he tried to run.|When the police came, he was still there.}
{ not (Exhibits ^ (ice_photo, brick)):
    Prosecutor: The defence will talk of ice and falling bricks. The file has no photograph of ice. No brick was examined. There is the witness, and the man she saw.
}
- (opts)
{ ch6_turns >= 2:
    -> done
}
// Nothing left to put on the alley: the point closes without a one-option "Rest the point" click.
{ ch6_turns == 1 && not ch6_alley_more():
    -> done
}
{ ch6_turns == 1:
    Judge: Anything further on the alley?
}
* {ch6_has(ice_photo)} [The police photograph of the alley floor.]
    # sfx: paper
    ~ ch6_use(ice_photo, 2)
    A print from the police roll of that night: a split drainpipe, and under it a tongue of grey ice across the alley floor. At the edge of the frame, a man's arm, pointing.
    Ye-sung: The constable took it because the man on the ground would not stop pointing. The arm is his. Even then he was trying to show them.
    # show: judge tense center
    The judge looks at it for longer than the record needs.
* {ch6_has(brick)} [The brick in its evidence bag.]
    ~ ch6_use(brick, 2)
    It sits in its sealed bag, one corner sheared off. On the label, in a policeman's hand: brick, from scaffold.
    Ye-sung: Bagged that night, labelled with where it fell from, and never examined. No prints. No one asked who left bricks loose over a lane full of children.
    The judge makes a note, and underlines it.
* {ch6_has(cpr_statement)} [The carbon of his first statement.]
    # sfx: paper
    ~ ch6_use(cpr_statement, 1)
    A carbon, faint as breath, from the station's duplicates. The top sheet went in a bin.
    Ye-sung: His words, before anyone decided what he ought to have said: "I pressed. Here. Like on TV. One hand on the other. To make her heart go again." The witness was right about his hands. She was wrong about what they were doing.
* {Witnesses ? warden && ch6_free(warden) && Deeds ? saved_warden} [Call the warden: what his hands knew.]
    -> ch6_warden ->
* (argue) [Question the statement: what she saw, and from where.]
    ~ ch6_use(arg_alley, 0)
    Ye-sung: The statement says where his hands were. It never says what they were doing. It does not say she saw the girl fall, or saw him strike her.
    Prosecutor: She saw his hands on the child. What else should they have been doing?
    ** {ch6_has(a_hands)} [Answer with what Room 7 saw in his first week.]
        ~ ch6_spend(a_hands)
        ~ ch6_credit(1)
        Ye-sung: In his first week in Room 7, with five men jeering at him, he showed them. One hand on the other, on a rolled blanket, counting. He was not ashamed of it. He thought it was the one thing he had done right.
    ** {ch6_has(a_hands)} [Let the question stand.]
        She lets it stand. The witness's picture stays where it was hung in 1997.
    ** ->
        She has no answer that is not a hope. The witness's picture stays where it was hung in 1997.
* {ch6_turns == 0} [Concede what the witness saw.]
    Ye-sung: The defence does not dispute the witness's honesty.
    Prosecutor: Then we agree.
    They do not. But she has nothing in her hands to show why.
    -> done
* {ch6_turns > 0} [Rest the point.]
    -> done
- -> opts
- (done)
-> ch6_settle -> confession

= confession
~ ch6_point = p_confession
~ ch6_weight = 0
~ ch6_turns = 0
~ ch6_strong = false
# show: prosecutor tense right
Prosecutor: Point three. {ch6_him() == "Lee Yong-gu":Lee Yong-gu|The defendant} confessed in open court, before a judge and the press, and said that nobody had told him to.
{ not (Exhibits ^ (interrogation_notes, confession_script)) && not (Witnesses ^ (warden, dado)) && not tried_truth:
    Prosecutor: The defence will say he was pressed. By whom? It has no document and no witness. The confession is ours.
}
- (opts)
{ ch6_turns >= 2:
    -> done
}
{ ch6_turns == 1 && not ch6_confession_more():
    -> done
}
{ ch6_turns == 1:
    Judge: Anything further on the confession?
}
* {ch6_has(interrogation_notes)} [The detective's notebook.]
    # sfx: paper
    ~ ch6_use(interrogation_notes, 2)
    Ye-sung: The junior detective's notebook from the night of the arrest. It came to me in a parcel, with no letter.
    Ye-sung: Look at the answers. "I followed the girl." Written in before the questions were asked, in a hand that is not his. The confession of 1997 did not begin in the courtroom. It began here, in ink, before he said a word.
    # show: judge sad center
* {ch6_has(confession_script)} [The words he was made to learn.]
    # sfx: paper
    ~ ch6_use(confession_script, 2)
    A page from Da-do's law book, in the old man's small hand: the confession, as Yong-gu said it over the night after, with a stroke wherever he stopped to breathe.
    Ye-sung: The strokes fall in the middle of phrases, Your Honour, where nobody breathes who understands the sentence. "With intent." He never said intent in his life. He said want. Somebody wrote these words, and he learned them by sound.
* {Witnesses ? warden && ch6_free(warden)} [Call the warden, Jang Min-hwan.]
    -> ch6_warden ->
* {not (Witnesses ? warden) && ch6_free(warden)} [Call the warden, who will not meet her eyes.]
    -> ch6_warden ->
* {Witnesses ? dado && ch6_free(dado)} [Call old Da-do, who taught him the questions.]
    -> ch6_dado ->
* {tried_truth} [Show the denial he began.]
    # sfx: paper
    ~ ch6_use(arg_denial, 1)
    Ye-sung: The 1997 transcript, Your Honour. Before the confession, one line typed exactly as it came: "No. She slipped on the..." Then nothing.
    Ye-sung: The next word was ice. He had said it forty times in practice. Something in that room stopped him reaching it.
    # show: prosecutor sad right
    The prosecutor turns to the page as if for the first time.
* {ch6_has(last_words)} [Tell the court what he said at the end.]
    ~ ch6_use(last_words, 1)
    Ye-sung: I was with him at the door at the end. If a man has done such a thing, the end is where he says it. He didn't. His last words were for me, and they were not a confession.
    Prosecutor: Counsel is giving evidence.
    Judge: It goes to weight.
    She does not repeat the words. They were not said to a court.
* (argue) [Argue that a frightened man's confession proves nothing.]
    ~ ch6_use(arg_confession, 0)
    Ye-sung: A confession is evidence of what a man was willing to say. It is not proof of what he did.
    Prosecutor: Willing, counsel. Nobody is shown to have made him. What did he say before that day?
    ** {ch6_has(a_same_story)} [Answer: the same story, every time.]
        ~ ch6_spend(a_same_story)
        ~ ch6_credit(1)
        Ye-sung: The ice, every time. To the detectives, to the men of his cell, to the warden who questioned him: she ran, she fell, the brick fell, I pressed. Same order, same words, for weeks. Until two days before the trial.
    ** {ch6_has(a_same_story)} [Let the question stand.]
        She lets it stand. What he said before that day stays out of the record.
    ** ->
        What he said before that day is in nobody's file but hers, and hers is not evidence.
* {ch6_turns == 0} [Concede that he confessed.]
    Ye-sung: The defence accepts that the words were spoken in court.
    The confession stands on the record with nothing leaning against it, as it stood in 1997.
    -> done
* {ch6_turns > 0} [Rest the point.]
    -> done
- -> opts
- (done)
-> ch6_settle -> conduct

= conduct
~ ch6_point = p_conduct
~ ch6_weight = 0
~ ch6_turns = 0
~ ch6_strong = false
# show: prosecutor tense right
Prosecutor: Point four, his conduct in custody: a stabbing in the yard, a fire, and after sentence a home-made balloon caught on the perimeter wire. {not (Witnesses ^ (yangho, bongshik)):Two men who were in that yard and under that wall sit in this room. Neither has offered to say otherwise.|The 1997 court was right to see danger.}
- (opts)
{ ch6_turns >= 2:
    -> done
}
{ ch6_turns == 1:
    Judge: Anything further on his conduct?
}
* {ch6_has(fire_report)} [The warden's report on the fire.]
    # sfx: paper
    ~ ch6_use(fire_report, 2)
    Ye-sung: The prison's own report, in the warden's hand: "Lee Yong-gu, Room 7. Entered the burning office unprompted and carried the warden out."
    Ye-sung: He was present at the fire, as counsel says. He is the reason there was anyone left to write this.
* {ch6_has(drawing)} [The crayon drawing of Room 7.]
    # sfx: paper
    ~ ch6_use(drawing, 1)
    Six men holding hands under a heater drawn as a sun, a name over each in big letters, and a small girl in the middle.
    Ye-sung: I drew this in Room 7, the night I was hidden there. One of those men kept it for sixteen years. A child of six knows where the danger in a room is. There was none in that one.
* {ch6_has(balloon_photo)} [The photograph of the balloon on the wire.]
    # sfx: paper
    ~ ch6_use(balloon_photo, 1)
    A white shape tilted on the wire, two heads in the basket, one big and one small.
    Ye-sung: Bedsheets and a boiler burner, built by five men for a child's birthday. The escape, Your Honour. Look at what it carried.
* {Witnesses ? yangho && ch6_free(yangho)} [Call So Yang-ho.]
    -> ch6_yangho ->
* {not (Witnesses ? yangho) && ch6_free(yangho)} [Call So Yang-ho, who only promised to come.]
    -> ch6_yangho ->
* {Witnesses ? bongshik && ch6_free(bongshik)} [Call Shin Bong-shik.]
    -> ch6_bongshik ->
* {not (Witnesses ? bongshik) && ch6_free(bongshik)} [Call Shin Bong-shik, who keeps watching the door.]
    -> ch6_bongshik ->
* {ch6_has(snow_angel)} [Tell the court about the yard in December.]
    ~ ch6_use(snow_angel, 1)
    Ye-sung: I visited him every afternoon that December. Here is what the dangerous man did with his hour in the yard: he lay down in the snow beside me and made two angels, a big one and a small one. Then he worried about his wet trousers.
* {ch6_has(song_taught)} [Tell the court about the song in Room 7.]
    ~ ch6_use(song_taught, 1)
    Ye-sung: The night I was hidden in Room 7 there was a song, whispered after lights-out, six men and a child. He sat in the middle, holding me. Nobody in that cell was afraid of him. I was six and I checked.
* {ch6_has(bread_shared)} [Tell the court about his Sunday bread.]
    ~ ch6_use(bread_shared, 1)
    Ye-sung: In his first weeks, when the men of his cell had every reason to hate him, there was one soft roll a week. He did not eat his. He kept it for me, for a day nobody thought would come, and in Room 7 I ate it.
* (argue) [Argue that each event has a kinder account.]
    ~ ch6_use(arg_conduct, 0)
    Ye-sung: A stabbing he stopped. A fire he walked into. A balloon that five men built for a birthday.
    Prosecutor: A balloon over a prison wall is an escape, counsel, whoever built it. Why should this court trust a man who ran?
    ** {ch6_has(a_stayed)} [Answer: he did not run.]
        ~ ch6_spend(a_stayed)
        ~ ch6_credit(1)
        Ye-sung: When the rope caught, he did not climb and he did not cut it. He held his daughter and asked for her to be taken down first. Then he came down the ladder himself.
    ** {ch6_has(a_stayed)} [Let the question stand.]
        She lets it stand. The wall stays in the prosecutor's version.
    ** ->
        She could tell the court what it meant. She cannot show it. The wall stays in the prosecutor's version.
* {ch6_turns == 0} [Concede that these things happened around him.]
    Ye-sung: The defence accepts that these events took place.
    The knife, the fire and the wall go onto the record in the prosecutor's order, with the prosecutor's meaning.
    -> done
* {ch6_turns > 0} [Rest the point.]
    -> done
- -> opts
- (done)
-> ch6_settle -> capacity

= capacity
~ ch6_point = p_capacity
~ ch6_weight = 0
~ ch6_turns = 0
~ ch6_strong = false
# show: prosecutor tense right
Prosecutor: Point five, capacity. {ch6_him() == "Lee Yong-gu":Lee Yong-gu|The defendant} held a job, raised a child alone, and recited his confession fluently. The law asks whether he understood, not whether he was clever. He understood enough.
{ not (Witnesses ? dado) && rehearsal_score < 3 && not (Exhibits ^ (interrogation_notes, confession_script, birthday_card)):
    Prosecutor: The defence has no expert and no assessment. It has a daughter's view of her father, and the court cannot rule on love.
}
- (opts)
{ ch6_turns >= 2:
    -> done
}
// Nothing left to put on capacity: the point closes without a one-option "Rest the point" click.
{ ch6_turns == 1 && not ch6_capacity_more():
    -> done
}
{ ch6_turns == 1:
    Judge: Anything further on capacity?
}
* {ch6_has(interrogation_notes)} [The notebook: the one question he asked.]
    # sfx: paper
    ~ ch6_use(interrogation_notes, 2)
    Ye-sung: Upside down across the table he found three small words he could read: I. Girl. Followed. And he asked, "Why do you write it before I talk?"
    Ye-sung: Not "that's false." Not "I want a lawyer." That is the question of a man who does not understand what is being done to him, only that it is strange.
* {ch6_has(confession_script)} [The confession he learned by sound.]
    # sfx: paper
    ~ ch6_use(confession_script, 2)
    Ye-sung: Da-do marked every place he stopped to breathe. Read the transcript aloud with those strokes, Your Honour, and you hear a man reciting, not a man telling. A man who has to learn a sentence by its sound does not understand it. He understands that he must say it.
* {ch6_has(birthday_card)} [The birthday card.]
    # sfx: paper
    ~ ch6_use(birthday_card, 1)
    A folded sheet of drawing paper. Inside, in big careful letters: Ye-sung. Happy birthday. Seven. Daddy loves you. Be good. Be bossy.
    Ye-sung: It took him two evenings, with help. It is the best writing he ever did. Now read "fully aware of the consequences" in his confession, and ask whether the man who wrote this card could have composed that.
* {Witnesses ? dado && ch6_free(dado)} [Call old Da-do.]
    -> ch6_dado ->
* {not (Witnesses ? dado) && ch6_free(dado)} [Call old Da-do, who would not say yes.]
    -> ch6_dado ->
* (rehearsal) [Tell the court about the rehearsal in Room 7.]
    ~ ch6_use(arg_capacity, 0)
    Ye-sung: For ten days before his trial, the men in his cell played the prosecutor and asked him the court's questions.
    # show: prosecutor neutral right
    { rehearsal_score >= 3:
        ~ ch6_credit(1)
        Ye-sung: By the end he answered every one truly: short, plain, in order. Work, the girl, the other shop, the ice. On the day he said the opposite, in words none of them had taught him.
        Prosecutor: Then he could learn answers and give them in order when asked. The law calls that understanding, counsel. Enough of it.
    - else:
        Ye-sung: It went badly. He muddled the questions and answered the one before.
        Prosecutor: Then he could not be prepared for trial, yet the court should believe he was prepared for a false confession? One or the other, surely.
    }
    -> ch6_rehearsal_cross ->
* {ch6_turns == 0} [Concede that he understood.]
    Ye-sung: The defence will not argue capacity.
    The judge looks at her, then writes.
    -> done
* {ch6_turns > 0} [Rest the point.]
    -> done
- -> opts
- (done)
-> ch6_settle -> closing

= closing
# show: prosecutor neutral right
# show: judge neutral center
Prosecutor: Your Honour, the prosecution does not ask this court to think badly of Lee Yong-gu. {LIST_COUNT(ch6_points) - LIST_COUNT(ch6_answered) > 0:It notes only that the defence has left {ch6_in_words(LIST_COUNT(ch6_points) - LIST_COUNT(ch6_answered))} of five points unanswered, and asks the court to respect what a court decided on the evidence it had.|It asks the court to respect what a court decided, on the evidence it had, sixteen years ago.} The prosecution rests.
# show: yesung_adult neutral left
# music: theme_yesung_sad
Judge: The defence may close.
{
- opening == "date":
    She began this morning with a date. She will not end with one.
- opening == "father":
    She began by asking the court to meet the man. Now she must ask it to remember him.
- else:
    She began with the facts. The court has them now, or some of them.
}
* (close_law) [Close on the law: the burden never moved.]
    Ye-sung: It was never for him to prove he was innocent. It was for the state to prove he was guilty. It had a frightened witness{ch6_used ? brick:, a brick nobody examined}{ch6_used ? interrogation_notes:, answers written before the questions}, and a confession that said nobody told him to. That is a story, and other people wrote it.
* (close_name) [Ask the court to say his name when it rules.]
    Ye-sung: In 1997 he was the defendant. In the newspapers he was worse. When the court rules, I ask it to use the name Room 7 used, and the warden, and his daughter. Lee Yong-gu.
* (close_bag) {ch6_used ? backpack || Exhibits ? backpack} [Set the yellow backpack before the bench and sit down.]
    She says nothing more. She sets the backpack in front of the bench, straightens its straps, and sits.
* (close_dad) [Say the one word she has not used.]
    Ye-sung: He was my dad. He was a good dad. The defence rests.
    {
    - opening_name == "once":
        Judge: That was your exception, counsel.
        Ye-sung: Yes, Your Honour. That was it.
    - opening_name == "both":
        The judge reminds her of nothing. She told him this morning that he was both.
    - else:
        She promised this morning to call him the defendant. The judge hears her break it, and writes nothing down.
    }
- Somewhere behind her, very quietly, Man-beom's handkerchief comes into use.
-> ruling

= ruling
# music: court
# show: judge neutral center
~ temp proved = LIST_COUNT(ch6_proved)
// The girl's death can be ordered looked at again only if the court has seen what happened on the ice:
// the ice or the brick, or the carbon of his first words with the warden on what those hands did
// (with the confession proved and four points in all), or else every one of the five points proved.
~ ch6_established = ch6_at_alley ^ (ice_photo, brick) || ch6_at_alley ? (cpr_statement, warden)
~ temp reopened = (ch6_established && ch6_proved ? p_confession && proved >= 4) || proved == 5
{
- reopened && all_memories() && LIST_COUNT(Witnesses) == 6:
    ~ ch6_ruling = ch6_gift
- reopened:
    ~ ch6_ruling = ch6_reinvestigation
- proved >= 4 || (proved >= 3 && ch6_proved ? p_alley):
    ~ ch6_ruling = ch6_acquittal
- else:
    ~ ch6_ruling = ch6_stands
}
The judge does not retire. He made up his mind while she was speaking.
Judge: This is an exercise. Nothing said here binds any court. Remember that, and then forget it for two minutes.
-> ch6_grounds ->
Judge: The court's ruling, then.
* (watched_judge) [Watch the judge's hands.]
    His hands are square on the record, quite still. Whatever he says next, he has already written.
* (watched_row) [Watch the second row.]
    Six men sit very upright, like men in a queue at a window that may close.
* (closed_eyes) [Close her eyes.]
    Behind her eyelids it is 1997, and a big man is asking whether they can go home now.
- 
{ ch6_ruling >= ch6_acquittal:
    Judge: The conviction cannot stand. {ch6.closing.close_name:The court will use his name, as counsel asked. Lee Yong-gu is not guilty.|Lee Yong-gu is not guilty.}
    # sfx: gavel
    {ruling.watched_judge:His hands open on the record, as if setting something down.}{ruling.watched_row:Along the row, six men breathe out at once.}{ruling.closed_eyes:She opens her eyes on a room already getting to its feet.}
    { ch6_ruling >= ch6_reinvestigation:
        Judge: And the court goes further. A child died in that alley, and the state that hurried to convict the nearest man never found out how. {ch6_at_alley ? brick:Nobody examined the brick.} {ch6_at_alley ? ice_photo:Nobody asked about the pipe, or the ice.} {not (ch6_at_alley ^ (ice_photo, brick)):Nobody asked why a child whose heart a man was trying to start had stopped breathing.} She was owed the truth as much as he was. The court orders that the death of Choi Ji-yeon be investigated again, from the beginning.
    - else:
        { not ch6_established:
            Judge: What happened on that ice is still a blank. The court can clear a man's name on this record. It cannot say what happened instead, and it will not guess.
        - else:
            Judge: The defence has shown me a man who did not do this. It has not shown me enough to say who shaped the case against him. The court stops where its evidence stops.
        }
    }
- else:
    Judge: The court has heard a case made with care and courage. I want that on the record first. But a practice court that rules from the heart teaches all of you the wrong lesson. On the evidence put before me, the grounds to set aside the 1997 judgment are not made out. The verdict stands.
    # sfx: gavel
    {ruling.watched_judge:His hands stay square on the record.}{ruling.watched_row:Along the row, nobody breathes out.}{ruling.closed_eyes:She opens her eyes. The room has not moved.}
    # show: judge sad center
    Judge: It was not Lee Yong-gu who failed this morning, counsel. It was a record nobody troubled to make in 1997. Go and make it.
}
-> after

= after
# hide: judge
# hide: prosecutor
{ ch6_ruling >= ch6_acquittal:
    # show: yesung_adult happy left
    For a second nobody in the second row moves, as if they do not trust the words to stay put. Then Chun-ho says something unprintable at a volume the training court has never heard, and the whole row is on its feet.
- else:
    # show: yesung_adult sad left
    Nobody in the second row shouts. Nobody leaves, either. The trainees file out past six men who sit very still.
}
* (to_room7) [Go to the men of Room 7.]
    # show: yangho_2013 neutral right
    { ch6_ruling >= ch6_acquittal:
        Man-beom reaches her first and lifts her clean off the floor. The others close round them both.
        Yang-ho: Not guilty. Sixteen years we've been saying it in the wrong rooms.
        {ch6_used ? yangho && Witnesses ? yangho:He glares at the ceiling so that his eyes will behave.|{ch6_recovered ? yangho:He said one sentence for her today. He holds on to her as if to make it longer.|He did not speak for her today. He holds on to her a moment longer because of it.}}
    - else:
        They make room for her in the row. Nobody says "next time." Yang-ho puts one heavy hand on her shoulder and leaves it there.
        Yang-ho: He'd have liked the suit. He'd have asked who ironed it.
    }
* (to_warden) [Go to the warden.]
    # show: warden_2013 neutral right
    { ch6_ruling >= ch6_acquittal:
        He stands, and bows to her from the waist, and holds it.
        Warden: I should have said it in 1997. I am sorry it took a practice court and a girl with a file.
    - else:
        { Witnesses ? warden:
            Warden: When you take this to a real court, put my name first on your list.
        - else:
            Warden: I should have spoken today. I should have spoken then.
            He does not promise. This time he does not look away, and she decides that will do for a start.
        }
    }
* (stood_still) [Stay at the table. Let them come to her.]
    She keeps her hands flat on the wood, where she found them at the start.
    {ch6_ruling >= ch6_acquittal:Not guilty. She says it once, without sound, to the space beside her where a big man would be shifting from foot to foot.|She gathers the file page by page, in order. There will be another court.}
- -> window

= window
# hide: all
{
- ch6_ruling == ch6_stands:
    -> still_caught
- ch6_ruling == ch6_acquittal:
    -> let_go
}
# scene: prison_yard dissolve
# music: theme_yesung
# ambience: snow
# particles: snow
Outside, the first snow is coming down, fine and slow. {after.to_warden:The warden has walked out with her, a step behind, hat in his hand.}{after.to_room7:Man-beom walks beside her, close enough to catch her.} {ch6.looked_out:All morning she watched the balloon on the wire.|On the wire along the top of the wall a balloon is caught.} As she stands beneath it the wind takes hold and pulls it free, and she watches it go up, and then it is not a child's balloon any more.
# scene: sky fade
# music: balloon
# particles: glow
# sfx: burner
A balloon of bedsheets is climbing through the snow, lit gold from inside{balloon_mark == "name":, YE-SUNG across it in boot polish|{balloon_mark == "moon":, a mustard moon on its side|}}, its rope trailing loose. No wire holds it.
# show: yonggu happy left
# show: yesung_child happy right
In the basket a big man in a prison jacket has a small girl on his hip, a yellow backpack on her shoulders. They are waving with their whole arms.
* (waved) [Wave back, with her whole arm.]
    ~ ch6_last = "waved"
    She starts with a small courtroom wave, and then thinks: no. She waves like a six-year-old. Like him.
* (called) [Call out to him.]
    ~ ch6_last = "called"
    Ye-sung: Dad! I'm here!
    His head turns. The waving gets bigger.
* (kept_face) [Only look. Keep his face.]
    ~ ch6_last = "kept_face"
    She does not move. She looks at his face until she has it, every line, as she did not know to look when she was six.
- Yong-gu: Ye-sung! Look! Daddy is flying!
{ ch6_ruling == ch6_gift:
    -> gift
}
# sfx: music_box
# show: yesung_adult sad center
The child on his hip is laughing. The woman in the snow is laughing too, with her face wet.
Ye-sung: {ch6.closing.close_dad:Goodbye, Dad. You can go now.|Goodbye, Daddy. Thank you. You can go now.}
The light grows smaller, and is gone. {ch6_last == "waved":Her arm is still up.|{ch6_last == "called":Her own voice is still in the yard.|She has his face. She will not lose it again.}} The snow goes on falling where it was.
# ending: reinvestigation
-> END

- (gift)
# show: yesung_adult happy center
The balloon does not rise away. {ch6_last == "called":He heard her. }It comes down through the snow until the basket hangs just above her, close enough to see frost in his eyebrows.
Yong-gu: Ye-sung. You got big.
Ye-sung: I did. I'm a lawyer now, Dad. Almost.
{
- ch5_last_words == "star":
    Yong-gu: You said hello to the star. Every night. I heard. It counted.
- ch5_last_words == "angels":
    Yong-gu: Wings touching. Still holding hands. Still counts.
- ch5_last_words == "song":
    He sings her the first line of her song, quietly, badly, every word in the right order, and she sings the second back, as she did at the door.
- ch5_last_words == "promise":
    Yong-gu: Saturday. Yellow backpack. Daddy did it. You still have it?
- ch5_last_words == "bossy":
    Yong-gu: You told them. You were bossy. Good.
- else:
    Yong-gu: Ye-sung. My daughter. Daddy is still happy. Every day.
}
* (told_court) [Tell him what the court did.]
    ~ ch6_last = "told_court"
    Ye-sung: They said you didn't do it. A judge said it, out loud, with your name. And they're going to find out what happened to Ji-yeon. For her too.
    Yong-gu: For Ji-yeon too. Good. Ji-yeon was kind. She showed me the shop.
* (told_room7) [Tell him about Room 7.]
    ~ ch6_last = "told_room7"
    Ye-sung: They all came, Dad. All five, and the warden. Yang-ho bought a suit. Man-beom cried before anything happened. All six said yes when I asked.
    Yong-gu: My friends. Room 7 is the best room.
* (asked_cold) [Ask him if he's cold.]
    ~ ch6_last = "asked_cold"
    Ye-sung: Are you cold? Have you eaten? Show me your hands.
    It is her own old question from the yard. His whole face opens.
    Yong-gu: Warm. Look. Ye-sung is still the boss.
- He reaches down from the basket, and for the length of a breath his big hand is on her head{Past ? hand_on_her_head:, as it was at the door, the last time. That day it shook while he counted three. It is quite steady now.|, for the first time since she was seven. It is warm, and quite steady.}
# show: yesung_child happy right
The little girl on his hip studies the grown woman below, very hard, as if checking something. Then she nods, satisfied, and puts both thumbs up.
Yong-gu: Ye-sung. My Ye-sung. Bye-bye!
* (thumbs_back) [Put both thumbs up, back.]
    Two thumbs up, from the grown woman. The little girl inspects them, and approves.
* (see_you) [Say goodbye as she did every afternoon that winter.]
    Ye-sung: Bye-bye, Daddy. Tomorrow at four.
    Yong-gu: Four o'clock. Daddy knows.
- 
# sfx: burner
The burner flares gold, and the balloon lifts. She {thumbs_back:keeps her thumbs up|waves} until the light is as small as a star, and then she cannot tell it from the one over the wall she named for him.
# music: theme_yesung
# particles: snow
When she lowers her {thumbs_back:hands|arm}, the men of Room 7 are standing in the snow behind her, the warden with them, all looking up. Yang-ho takes off his new coat and puts it round her shoulders.
Yang-ho: Cold?
Ye-sung: No. {ch6_last == "told_court":He knows now.|{ch6_last == "told_room7":He says you're the best room.|He said his hands were warm.}}
# ending: the_gift
-> END

- (still_caught)
# scene: prison_yard dissolve
# music: theme_yesung_sad
# ambience: snow
# particles: snow
Outside, the yard is grey and a light snow has begun. The balloon is still on the wire. The wind has worn most of the yellow out of it.
* (reached) [Reach up for it, though it is far too high.]
    ~ ch6_last = "reached"
    She stretches up on her toes in her court shoes. Her fingers close on air, a whole wall short. She stays like that anyway.
* [Leave it there for now.]
    ~ ch6_last = "left_it"
    Not today. It can hold on a little longer.
- (resolve)
# music: theme_yesung
# sfx: music_box
Ye-sung: Wait a little longer, Dad. It wasn't the right court. I'll find the right one.
{ch6_last == "reached":Her arm aches from reaching. }Behind her the door opens, and {after.to_warden:the warden and five men|six men} come out into the snow and fall into step with her without being asked.
She holds the file against her chest and walks, already making a list of what the court did not have: {not (ch6_proved ? p_alley):the ice, }{not (ch6_proved ? p_confession):who wrote the confession, }{not (ch6_proved ? p_capacity):what he understood, }{not (ch6_proved ? p_motive):why he was in the market, }{not (ch6_proved ? p_conduct):the men who knew him, }and the names of everyone who kept something. One at a time.
# ending: verdict_stands
-> END

- (let_go)
# scene: prison_yard dissolve
# music: theme_yesung
# ambience: snow
# particles: snow
Outside, the first snow is falling. The balloon is still caught on the wire along the top of the wall, nodding in the wind.
* [Wait for the wind.]
    ~ ch6_last = "waited"
    She stands beneath it with her hands in her pockets. A long gust comes off the hill. The string slides along the barbs, catches, slides, and is free.
* (told_it) [Tell it it can go.]
    ~ ch6_last = "told_it"
    Ye-sung: Go on. You can go now.
    She feels foolish, and then she doesn't. The next gust takes the string along the barbs, and this time the wire lets go.
- (rise)
# scene: sky dissolve
# music: balloon
# particles: glow
It rises over the wall, small and bright, higher than the roofs, until it is one of the lights, and then not even that.
For a moment she thinks she sees something larger up there, warm at its heart, with two small figures waving. Then only snow.
Ye-sung: {ch6_last == "told_it":You heard them. }Not guilty, Dad. They said your name.
# ending: acquittal
-> END

// ---- The grounds of the ruling: one sentence for each point, naming only what was presented. ----

=== ch6_grounds ===
{ ch6_answered ? p_motive:
    Judge: On motive, the court has {ch6_at_motive ? chunho && Witnesses ? chunho && Deeds ? told_the_backpack:heard from a man who shared his cell that he spoke of a backpack, never of the commissioner|{ch6_at_motive ? chunho && Witnesses ? chunho:heard from a man whose punishment he took|{ch6_at_motive ? manbeom && Witnesses ? manbeom:heard from a man {Deeds ? bread_to_manbeom:he gave his bread to|he trusted with his daughter}|{ch6_at_motive ? price_tag:seen a price tag from his pocket|{ch6_at_motive ? backpack:seen what he wanted, and for whom|{ch6_at_motive ? a_led:heard that the girl was leading him|{ch6_at_motive ^ ch6_recovered:heard a man from his cell, who did not want to speak, say he was not dangerous|heard counsel's memory, for what it weighs}}}}}}}.
- else:
    Judge: On motive, the court has only the prosecution's account.
}
{ ch6_answered ? p_alley:
    Judge: On the alley, it has {ch6_at_alley ? ice_photo:seen the ice that nobody in 1997 thought worth a question|{ch6_at_alley ? brick:seen a brick bagged with where it fell from, and never examined|{ch6_at_alley ? warden && Witnesses ? warden:heard a man describe those same hands saving his life|{ch6_at_alley ? cpr_statement:read his first words about his hands|heard what his hands had learned to do}}}}.
- else:
    Judge: On the alley, it has the witness, and nothing to set against her.
}
{ ch6_answered ? p_confession:
    Judge: On the confession, it has {ch6_at_confession ? interrogation_notes:read answers written before he gave them|{ch6_at_confession ? confession_script:seen a confession learned by sound|{ch6_at_confession ? warden && Witnesses ? warden:heard the former warden say he was sent away from the prison two days before the trial, {night_visit != "":and what he found in the cell when he came back|and was told of fresh injuries when he came back}|{ch6_at_confession ? dado && Witnesses ? dado:heard how he came back two days before his trial with a swollen face and new words|{ch6_at_confession ? arg_denial:read the denial he began and could not finish|{ch6_at_confession ^ ch6_recovered:heard a man who did not want to speak say the prisoner was not dangerous|heard what he said before that day, and at the end}}}}}}.
- else:
    Judge: On the confession, it has the confession.
}
{ ch6_answered ? p_conduct:
    Judge: On his conduct, it has {ch6_at_conduct ? fire_report:the prison's own report of a fire he walked into|{ch6_at_conduct ^ (yangho, bongshik) ^ Witnesses:heard from a man who was there|{ch6_at_conduct ? drawing:a child's drawing of a room with no danger in it|{ch6_at_conduct ? balloon_photo:a photograph of what the escape carried|{ch6_at_conduct ? a_stayed:heard that on the wire he waited for the ladder|{ch6_at_conduct ^ ch6_recovered:heard a man who did not want to speak say he was not dangerous|counsel's account of his days, and it has weighed it}}}}}}.
- else:
    Judge: On his conduct, it has the prosecution's order of events.
}
{ ch6_answered ? p_capacity:
    Judge: And on capacity, it has {ch6_at_capacity ? interrogation_notes:a man asking why they wrote before he spoke|{ch6_at_capacity ? dado && Witnesses ? dado:the evidence of the man who tried to teach him|{ch6_at_capacity ? confession_script:a confession learned by sound|{ch6_at_capacity ? birthday_card:eleven words that took him two evenings|{ch6_at_capacity ? a_understood:a man who asked what a word meant until he had it|{ch6_at_capacity ^ ch6_recovered:heard a man who did not want to speak say he was not dangerous|a rehearsal, and what he could and could not hold}}}}}}.
- else:
    Judge: And on capacity, it has a question nobody answered.
}
->->

// ---- A point is settled: answered with weight 1, proved with 2. ----

=== ch6_settle ===
{ ch6_weight >= 1:
    ~ ch6_answered += ch6_point
}
{ ch6_strong:
    ~ ch6_proved += ch6_point
}
{ ch6.prosecution.listed:
    {
    - ch6_strong:
        She ticks the box beside the line, firmly.
    - ch6_weight >= 1:
        She ticks the box, lightly, in pencil.
    - else:
        The box beside the line stays empty.
    }
}
->->

// ---- A witness who never agreed, called anyway: the prosecutor makes use of the silence. Recovered
// if Ye-sung asks about a night in Room 7 she remembers and has not yet used; each man answers in his
// own words (the question names the memory, the answer the man). ----

=== ch6_reexamine(who)
~ ch6_use(who, 0)
Prosecutor: The defence's own witness will not speak for him. The prosecution has no questions.
+ {ch6_has(bread_shared)} {who != warden} [Ask him about the Sunday bread.]
    ~ ch6_spend(bread_shared)
    Ye-sung: The Sunday roll he kept for me. When I ate it, in Room 7, where was he?
    -> recovered
+ {ch6_has(song_taught)} {who != warden} [Ask him about the song after lights-out.]
    ~ ch6_spend(song_taught)
    Ye-sung: The song after lights-out, the night I was hidden. Where was he?
    -> recovered
+ {ch6_has(snow_angel)} [Ask him about the angels in the yard.]
    ~ ch6_spend(snow_angel)
    Ye-sung: The two angels in the snow that December. Where was he?
    -> recovered
+ {ch6_has(star_named)} [Ask him about the star over the wall.]
    ~ ch6_spend(star_named)
    Ye-sung: My seventh birthday, when I told everyone about the star over the wall. Where was he?
    -> recovered
+ {ch6_has(bread_shared) && who != warden || ch6_has(song_taught) && who != warden || ch6_has(snow_angel) || ch6_has(star_named)} [Let him sit down.]
    -> unrecovered
// Nothing of that night left to ask him about: he sits down.
+ -> unrecovered
- (recovered)
~ ch6_credit(1)
~ ch6_recovered += who
{
- who == chunho:
    Chun-ho studies his shoes a while longer.
    Chun-ho: Right there, grinning like a fool. I've been afraid of most people, miss. Never of him.
- who == manbeom:
    Man-beom wipes his face with the whole of his hand.
    Man-beom: Next to you. Where else? The dangerous one in that room was me, at first. Never him.
- who == yangho:
    Yang-ho looks at the ceiling, and answers it.
    Yang-ho: Where you were. He was the one man in that cell I never had to watch.
- who == bongshik:
    Bong-shik touches the rail of the stand, twice, for luck.
    Bong-shik: As near you as he could get. Everything near him was lucky, except him.
- who == dado:
    Da-do closes his book on one finger.
    Da-do: Beside you, for the record, since you insist on one. There was nothing to fear beside you.
- else:
    The warden looks at his hands.
    Warden: In the visiting room, with you. I let the hour run over. I never did that for a dangerous man.
}
It goes on the record, in his words, which are not many.
->->
- (unrecovered)
She thanks him, and lets him be. The silence weighs on her side of the room.
->->

// ---- The witnesses. Each is a tunnel called from a point it bears on. A willing witness names the
// act he remembers (Deeds) and proves the point; with a bond of 3+ he has one thing more to say. ----

=== ch6_chunho ===
{ Witnesses ? chunho:
    # show: chunho_2013 happy farright
    ~ ch6_use(chunho, 2)
    Chun-ho takes the stand as if he has been waiting sixteen years to be asked.
    { Deeds ? told_the_backpack:
        Chun-ho: I slept three feet from him that whole winter. He told me about that backpack like other men tell you about a woman: the colour, the straps, {Exhibits ? price_tag:the price to the won|what he had saved, to the won}. Not once the commissioner's name. I'd have said it a hundred times, with words in front of it.
    - else:
        Chun-ho: That winter a guard found something of mine that I shouldn't have had. He said it was his. He took my punishment and never mentioned it again. A man with a grudge keeps count, Your Honour. He didn't know how.
    }
    { bond_chunho >= 3:
        ~ case_strength += 1
        Chun-ho: And he couldn't lie. We tried to teach him, for cards, for a laugh. Hopeless. So when you hear he confessed, ask who managed to teach him.
    }
    # hide: chunho_2013
- else:
    # show: chunho_2013 tense farright
    Chun-ho stays in his seat and looks at his shoes.
    Chun-ho: It was a long time ago, miss. I've forgotten a lot of things on purpose.
    -> ch6_reexamine(chunho) ->
    # hide: chunho_2013
}
->->

=== ch6_manbeom ===
{ Witnesses ? manbeom:
    # show: manbeom_2013 sad farright
    ~ ch6_use(manbeom, 2)
    Man-beom sits, and fits himself to the chair a piece at a time.
    Man-beom: We weren't good to him at first. I have to say that, or the rest isn't true.
    { Deeds ? bread_to_manbeom:
        Man-beom: Then one Sunday he gave me his bread. All of it. Every Sunday since, I buy two rolls and give one away. I never told anyone why.
    - else:
        Man-beom: Then one night he put his daughter in my arms to hold. Mine. After what we'd done. A man gives his child to the one he trusts.
    }
    Man-beom: A man with a grudge doesn't do that, Your Honour. He didn't hold on to what we did long enough to hate us for it.
    The handkerchief comes out. He does not apologise for it.
    { bond_manbeom >= 3:
        ~ case_strength += 1
        Man-beom: I told him I'd look out for her. I'm still looking. That's why I'm here.
    }
    # hide: manbeom_2013
- else:
    # show: manbeom_2013 sad farright
    Man-beom half rises, and sits back down, his face working.
    Man-beom: I can't, miss. Not in here.
    -> ch6_reexamine(manbeom) ->
    # hide: manbeom_2013
}
->->

=== ch6_yangho ===
{ Witnesses ? yangho:
    # show: yangho_2013 neutral farright
    ~ ch6_use(yangho, 2)
    Yang-ho walks up like a man who has walked into worse rooms, and sits like one who has never sat on this side of them.
    Yang-ho: The stabbing. A man came at my back in the yard with a spoon handle ground to a point. I didn't see him. Lee Yong-gu did.
    { Deeds ? stood_between:
        Yang-ho: He put himself in the way. It opened his arm instead of my back. I'd given him nothing but grief for weeks.
    - else:
        Yang-ho: When it was over, the first thing he asked was whether I was hurt. Me. I'd given him nothing but grief for weeks.
    }
    { bond_yangho >= 3:
        ~ case_strength += 1
        Yang-ho: I asked what he wanted for it. Anything. He wanted to see his daughter. That was the whole list. I've known dangerous men, Your Honour. I was one. He was the other kind.
    }
    # hide: yangho_2013
- else:
    # show: yangho_2013 tense farright
    Yang-ho does not get up.
    Yang-ho: I'm an old con, kid. Nobody here wants my word. I said I'd come. I came.
    -> ch6_reexamine(yangho) ->
    # hide: yangho_2013
}
->->

=== ch6_bongshik ===
{ Witnesses ? bongshik:
    # show: bongshik_2013 tense farright
    ~ ch6_use(bongshik, 2)
    Bong-shik goes up touching every chair back for luck, and takes the oath twice to be sure.
    { Deeds ? kept_faith_knot:
        Bong-shik: The balloon. It was my knot that caught on the wire. Mine. {on_the_wire == "climbed":Up there he tried the wire once, with her on his back, and stopped the moment she said it hurt him.|{on_the_wire == "held_on":Up there he wouldn't let go of her, and they wrote that down as resisting. He never lifted a hand to a guard. Both his hands were full of her.|Up there, with every light in the prison on him, he didn't fight and he didn't climb. He handed her down first.}} Afterwards he told me it was a good knot. I've believed him for sixteen years.
    - else:
        Bong-shik: The morning of his trial he held out his wrist for my red thread. Three knots, for luck. A dangerous man doesn't hold out his wrist to a thief, Your Honour. He held it out like a child getting his coat buttoned.
    }
    { bond_bongshik >= 3:
        ~ case_strength += 1
        Bong-shik: I've never been arrested since. Work that out.
    }
    # hide: bongshik_2013
- else:
    # show: bongshik_2013 tense farright
    Bong-shik shakes his head before she has finished his name.
    Bong-shik: Courts are bad luck. I said I'd come. I didn't say I'd talk.
    -> ch6_reexamine(bongshik) ->
    # hide: bongshik_2013
}
->->

=== ch6_dado ===
{ Witnesses ? dado:
    # show: dado_2013 neutral farright
    ~ ch6_use(dado, 2)
    Old Da-do takes the stand with his stick and his book, and regards the bench over his glasses.
    { Deeds ? learned_the_word:
        Da-do: I prepared him for his trial. He asked me what "voluntarily" meant, and would not let it go until he had it. Then I asked him to name one thing he had done voluntarily in his life. He said, "Ye-sung." I did not correct him.
    - else:
        Da-do: In his first week he gave his soft roll to an old man whose teeth can't manage prison rice. He noticed my teeth. He noticed every small thing. It was the long things he could not follow.
    }
    { ch6_point == p_confession:
        Da-do: Two days before his trial he came back from a visit with a swollen face and a set of words he had not had that morning. He said them over all night, like a lesson. The true answers we had practised for ten days, he put away. A man does not drop ten days of truth for nothing.
    - else:
        Da-do: A confession made to keep a child safe is not voluntary, Your Honour. It is the least voluntary thing a man can do.
    }
    { bond_dado >= 3:
        ~ case_strength += 1
        He opens the book at a marked page.
        Da-do: In 1997 nobody sat beside him to help a man of his understanding follow his own trial. I have marked the page for the court. As a courtesy.
    }
    # hide: dado_2013
- else:
    # show: dado_2013 neutral farright
    Da-do opens one eye.
    Da-do: At my age, young lady, one stops going on the record. The record never did much for me.
    -> ch6_reexamine(dado) ->
    # hide: dado_2013
}
->->

=== ch6_warden ===
{ Witnesses ? warden:
    # show: warden_2013 neutral farright
    ~ ch6_use(warden, 2)
    The warden takes the oath as if it were a real one. For him it is.
    { ch6_point == p_alley:
        Warden: That winter my office burned. I woke in the snow with this man's hands on my chest, pushing, counting. The file said he pushed on that child. He did. He was doing for her what he did for me.
    - else:
        Warden: Two days before his trial I was called to a meeting in the city that nobody in the city had called.
        {
        - night_visit == "asked_safe":
            Warden: I came back near midnight and went down to his cell. Fresh injuries to his face. I asked him who. He asked me whether his daughter was safe, that night, and nothing else.
        - night_visit == "blamed_ice":
            Warden: I came back near midnight and went down to his cell. Fresh injuries to his face. He told me he had fallen on the ice. There is no ice in the administration corridor.
        - night_visit == "turned_away":
            Warden: I came back near midnight and went down to his cell. Fresh injuries to his face. When I asked who, he turned his face to the wall.
        - else:
            Warden: When I came back, the guardroom told me the prisoner in Room 7 had fresh injuries to his face. I did not go down to see.
        }
        { ch6_has(a_same_story):
            ~ ch6_spend(a_same_story)
            Warden: After the fire I had asked him once whether he did it. He told me the ice, in the order of his first statement, nothing added. In court he said the opposite, in words that were not his.
        }
        Warden: I made no report. I should have.
    }
    { warden_doubt >= 4:
        ~ case_strength += 1
        He takes a folded sheet from his inside pocket.
        Warden: I have written it down now, dated and signed. If this reaches a real court, it is theirs.
    }
    # hide: warden_2013
- else:
    # show: warden_2013 tense farright
    The warden stands at his seat, because a court has called him.
    Warden: The records of the institution are the records. I have nothing to add to them.
    He sits, and lays his hands flat on his knees so nobody will see them shake. She sees.
    -> ch6_reexamine(warden) ->
    # hide: warden_2013
}
->->

// ---- Capacity: the prosecutor turns the rehearsal, good or poor; the ch4 interlude's answer (a_understood)
// is the only place that answer is heard, as each interlude's answer is heard in a recovery. ----

=== ch6_rehearsal_cross ===
* {ch6_has(a_understood)} [Answer: he understood one thing exactly.]
    ~ ch6_spend(a_understood)
    ~ ch6_credit(1)
    { ch6_used ? dado && Witnesses ? dado && Deeds ? learned_the_word:
        Ye-sung: One word, Your Honour. The court has heard Da-do: he asked what "voluntarily" meant until he had it. Then Da-do asked him whether he had talked to the police voluntarily, and he said no.
    - else:
        Ye-sung: One word, Your Honour. In that cell he met "voluntarily", and asked what it meant, and would not let it go until he had it. Then Da-do asked him whether he had talked to the police voluntarily. He said no.
    }
    Ye-sung: In court he said, "Nobody told me to say this." He did not ask what any word in it meant. Someone had made sure he would not need to.
    ->->
* {ch6_has(a_understood)} [Let the question stand.]
    -> unanswered
// Nothing to answer with: no click, the question simply stands.
* -> unanswered

= unanswered
{ rehearsal_score >= 3:
    The ten days of true answers stay on the record. So does "enough", beside them, and she has nothing more in her hands to show the difference between learning a sentence and understanding it.
- else:
    Both are true, she wants to say. She cannot prove the second, and he has turned the first against her.
}
->->
