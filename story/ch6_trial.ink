// Chapter 6: The Mock Trial (2013) and the endings.
//
// HOW THE CASE IS SCORED (case_strength, reset to 0 when the chapter begins)
// The prosecution makes five points; Ye-sung answers each in a round of up to two presentations
// (a round closes by itself after two; "Concede" ends it at once, "Rest the point" after one).
//   an exhibit that fits the claim ...................... +2   (balloon_photo on conduct: +1)
//   a witness in Witnesses (cellmate bond >= 3, warden doubt >= 3) +2, and +1 more if that bond/doubt is 5
//   a witness who never agreed, called anyway ........... -1   (he refuses or speaks coldly)
//   an exhibit that does not fit the claim .............. -1   (the prosecution turns it)
//   arguing from a memory she holds ..................... +1   (without the memory: 0, the turn is lost)
//   questioning the bystander's statement ............... +1
//   tried_truth, shown in the confession round .......... +2
//   the rehearsal, told in the capacity round ........... +2 if rehearsal_score >= 3, +1 if 1-2, 0 if 0
//   closing: +1 for how it begins, +1 for how it ends, +1 more if it begins with a memory and ends
//            with his last words or the backpack
//   at the ruling: +1 if warden_doubt >= 4, +1 if rehearsal_score >= 4
// Rounds (in order): motive, the alley, the confession, conduct in custody, capacity. Maximum 31.
// Fitting answers per round: motive: backpack, price_tag, Chun-ho, Man-beom, promise;
//   alley: ice_photo, brick, cpr_statement, the statement; confession: interrogation_notes,
//   confession_script, warden, tried_truth, last_words; conduct: fire_report, drawing, balloon_photo,
//   Yang-ho, Bong-shik, song/snow angel; capacity: interrogation_notes, birthday_card, confession_script,
//   price_tag, Da-do, the rehearsal.
// ENDINGS (decided in ch6.ruling)
//   the_gift ........ reinvestigation's condition AND all_memories() AND every cellmate bond >= 4
//   reinvestigation . case_strength >= 22 AND an exhibit about the alley was presented in round two
//                     (ice_photo, brick, cpr_statement, or the fire report if he revived the warden):
//                     the court cannot order the girl's death looked at again on character alone
//   acquittal ....... case_strength >= 17
//   verdict_stands .. below 17
// Best play from sample states (tested by a throwaway script): no exhibits, bonds 0: 3;
// 2 exhibits, bonds <= 2: 11; 3 well-chosen exhibits, one witness, tried_truth: 16; 5 exhibits,
// 2 witnesses: 21; a typical good path (8 of 11 exhibits, bonds 4-5, doubt 3, rehearsal 4): 24-25;
// everything: 31. A wrong exhibit or a cold witness costs 3 against best play (-1 and a lost turn).
//
// Reads: Exhibits, Memories, bond_*, warden_doubt, rehearsal_score, tried_truth, all_memories();
//   prologue: opening, opening_name, opening_look, prologue.saw_balloon; ch1_fled; ch2.bread.*, ch2.yard.between,
//   ch3.crayons.*, ch3.song.taught_her, ch4_morning.took_thread, ch5_idea.allowed, ch5_goodbyes.bye_manbeom,
//   ch5_birthday.kept_card; its own labels (ch6.prosecution.named, ch6.<round>.<choice>, ch6.<round>.good).
// Sets: Witnesses, case_strength, ch6_ruling.
// NEW SHARED VARIABLE: ch6_ruling (a LIST declared here), decided once in ch6.ruling and read by the
// last two stitches. Nothing outside this chapter needs it.
LIST ch6_ruling = (ch6_pending), ch6_stands, ch6_acquittal, ch6_reinvestigation, ch6_gift

=== ch6 ===
# chapter: 6 The Mock Trial
~ case_strength = 0
~ Witnesses = ()
{ bond_yangho >= 3:
    ~ Witnesses += yangho
}
{ bond_chunho >= 3:
    ~ Witnesses += chunho
}
{ bond_manbeom >= 3:
    ~ Witnesses += manbeom
}
{ bond_bongshik >= 3:
    ~ Witnesses += bongshik
}
{ bond_dado >= 3:
    ~ Witnesses += dado
}
{ warden_doubt >= 3:
    ~ Witnesses += warden
}
# scene: training_court fade
# music: court
# ambience: courtroom
# particles: dust
# card: The training court, 2013
# show: yesung_adult neutral left
The corridor is gone. In its place: floor polish, radiator dust, a clock that ticks a little too loudly, and a room full of trainees in dark suits pretending this is only an exercise.
Ye-sung finds her hands flat on the defence table. She does not remember putting them there.
# show: judge neutral center
# sfx: gavel
Judge: The exhibits are before the court. The prosecution will now put its case, and the defence will answer it, point by point.
{ ch3.crayons.gave_shirt || ch3.crayons.gave_wall || ch5_birthday.kept_card:
    Her index still has its question marks.
    { ch3.crayons.gave_shirt:
        A crayon drawing of Room 7: found in a prisoner's shirt at the door of the punishment cell, and dropped in the guardroom bin with the cigarette ends.
    }
    { ch3.crayons.gave_wall:
        A crayon drawing of Room 7: last seen on the warden's desk, the night his office burned.
    }
    { ch5_birthday.kept_card:
        A birthday card. His effects came back in a brown paper parcel in the new year: a shirt, a comb, a pair of shoes. The shirt pocket was buttoned, and empty.
    }
}
The second row has not moved all morning.
{ Witnesses ? yangho:
    Yang-ho, his tie still knotted like a fist, catches her eye and lifts his chin the width of a coin. Ready.
- else:
    Yang-ho has loosened the fist of his tie a little, and is watching the clock, not her. He came. Coming was as far as he would promise.
}
{ Witnesses ? chunho:
    Chun-ho has already made friends with two trainees and is explaining something to them with both hands. He winks at her without stopping.
- else:
    Chun-ho is talking to no one, which for Chun-ho is a kind of speech.
}
{ Witnesses ? manbeom:
    Man-beom fills a seat and a half. His handkerchief is folded very small in his fist, saved for later.
- else:
    Man-beom sits with his big hands on his knees and his eyes on the floor, as if the floor might ask him something.
}
{ Witnesses ? bongshik:
    Bong-shik turns the red thread on his wrist, once for luck, and gives her a thumbs-up that only shakes a little.
- else:
    Bong-shik keeps turning the red thread on his wrist and glancing at the door, counting the steps to it.
}
{ Witnesses ? dado:
    Old Da-do has his book open on his knee. He taps a page at her: found something.
- else:
    Old Da-do has his eyes shut. He may be listening; he may be asleep. With Da-do one never could tell, and he liked it that way.
}
{ Witnesses ? warden:
    And at the end of the row, his hat still on his knee, the warden. He meets her eyes and does not look away.
- else:
    And at the end of the row, his hat still on his knee, the warden, his coat buttoned to the throat. {opening_look == "warden":This morning he held her eyes. Now he|He} looks at the judge, at the flag, at the clock. Anywhere but at her.
}
* [Nod to the second row.]
    {
    - LIST_COUNT(Witnesses) >= 4:
        She nods. Along the second row, nearly every head nods back, and a trainee turns round to see what the fuss is about.
    - LIST_COUNT(Witnesses) >= 1:
        She nods. Some of them nod back. The others have their reasons, and sixteen years is long enough to keep them.
    - else:
        She nods. Nobody in the second row moves. They came. That will have to be enough.
    }
* [Look at the window, at the balloon on the wire.]
    { prologue.saw_balloon:
        It is still there, high on the wall beyond the bars, yellow gone pale. It pulls. The wire holds. It pulls again.
    - else:
        Through the one high window: the yard, the long grey wall, the wire. A child's balloon is caught in it, yellow gone pale, tugging at its string.
    }
    She has been watching it all morning. It has not stopped trying once.
* [Read the name on the file.]
    Lee Yong-gu. Typed on the tab, and underneath, in her own small square hand, underlined once.
    She wrote it first this morning, before the date and before her own name.
- -> prosecution

= prosecution
# show: prosecutor neutral right
The trainee across the aisle drew the prosecution by lot. He has been apologising for it with his eyes all morning. He stands anyway, because that is the job.
Prosecutor: Your Honour, the facts of 1997 are largely agreed. A girl died in an alley behind the market. The defendant was found kneeling over her. He was tried, he confessed in open court, and he was sentenced.
Prosecutor: The prosecution will put five points: motive, what the witness saw, the confession, his conduct in custody, and his capacity to understand. Each of them satisfied the court in 1997. Together they should satisfy this one.
* (named) [Ask that counsel use his name as well.]
    Ye-sung: Your Honour, the defence agreed to call him the defendant. It agreed on the understanding that nobody here would forget he had a name. Counsel has said "the defendant" nine times this morning, and "Lee Yong-gu" not once.
    Judge: The court has been counting too. Counsel?
    # show: prosecutor sad right
    Prosecutor: The defendant, Lee Yong-gu. Of course. I'm sorry.
    He means it. Somehow that makes it harder.
* [Let it pass. Answer with evidence.]
    Words are his to choose. The evidence is hers.
    She lets "the defendant" go by like a car in the rain, and opens the file.
* [Write the five points down, one to a line.]
    Motive. Witness. Confession. Conduct. Capacity. Five lines, and a small box beside each.
    One at a time, then. That is how you carry anything heavy: he taught her that on the stairs up to their room, a coal briquette in each hand and never more.
- -> motive

= motive
# show: prosecutor tense right
Prosecutor: Point one, motive. The day before the death, {ch6.prosecution.named:Lee Yong-gu|the defendant} was thrown out of a shop by the girl's father after a struggle over a child's backpack. The next afternoon he was seen walking after that man's daughter through the market.
Prosecutor: A grievance, and then the child. The prosecution says those two facts belong together.
- (opts)
{ opts > 2:
    -> done
}
{ opts == 2:
    Judge: Anything further on motive, counsel?
}
* (bp) {Exhibits ? backpack} [Present the yellow backpack.]
    She lifts it onto the table. The yellow has gone soft with the years; the cartoon heroine on the flap still grins, a little scuffed at the knee.
    Ye-sung: This is the same backpack as the one that hung in that shop window in the winter of 1997. It was the whole of what he wanted in the world, and it was not for him.
    Ye-sung: Choi Ji-yeon was not being followed. She was leading. She had seen him at the window, and she knew another shop that had one. She was taking him there. A child doing a kindness.
    Ye-sung: He did get it for her, in the end. Five men in a prison put their workshop wages together, and the warden went to the shop on his day off.
    # show: judge sad center
    The judge looks at the backpack for longer than the record needs.
    ~ case_strength += 2
* (tag) {Exhibits ? price_tag} [Present the price tag.]
    # sfx: paper
    A spare price tag, soft at the fold. In flat carpenter's pencil: 36,000.
    Ye-sung: The shopkeeper wrote this for him, because he asked. He carried it folded in the pocket with his coins, and he counted the coins against it the same evening, out loud, one at a time.
    Ye-sung: A man counting his way towards a present is not a man nursing a grudge. He was not thinking about the commissioner. He was thinking about Saturday.
    ~ case_strength += 2
* (card) {Exhibits ? birthday_card} [Present the birthday card.]
    # sfx: paper
    She slides the card across. The prosecutor reads it, and hands it back gently.
    Prosecutor: The defence shows us a man who loved his daughter. The prosecution has never doubted it. But loving one child tells us nothing about what happened to another.
    Judge: Counsel, the court is asking about the day in the market. Keep to it.
    She puts the card back in its sleeve. It deserved better than to be spent on the wrong question.
    ~ case_strength -= 1
    -> opts
* (chunho_w) {Witnesses ? chunho} [Call Choi Chun-ho.]
    -> ch6_chunho ->
* (chunho_cold) {not (Witnesses ? chunho)} [Call Choi Chun-ho, though he never said he would speak.]
    -> ch6_chunho ->
    -> opts
* (manbeom_w) {Witnesses ? manbeom} [Call Kang Man-beom.]
    -> ch6_manbeom ->
* (manbeom_cold) {not (Witnesses ? manbeom)} [Call Kang Man-beom, though he would not promise.]
    -> ch6_manbeom ->
    -> opts
* (mem) [Tell the court what you remember of the shop window.]
    { Memories ? promise:
        She does not need the exhibit list for this. She was there, six years old, her breath fogging the glass.
        Ye-sung: He made me a promise at that window: on payday, the yellow one. I made him do it properly, so he couldn't take it back. That was the whole of his plan, Your Honour. Not the commissioner. Payday.
        Prosecutor: Counsel is giving evidence.
        Judge: Counsel was there. I'll allow it, for what it weighs.
        ~ case_strength += 1
    - else:
        She reaches for it and finds the cold glass, the yellow behind it, and nothing she could swear to. A feeling is not evidence.
        Ye-sung: Withdrawn, Your Honour. I was six. I remember wanting it. That's all I can honestly give you.
        -> opts
    }
* {opts == 1} [Concede that he followed her.]
    Ye-sung: The defence accepts that he walked behind her through the market.
    # show: prosecutor neutral right
    The prosecutor writes it down, and the word "followed" stays on the record with nothing beside it. It will look worse there than it sounds here.
    -> done
+ {opts > 1} [Rest the point.]
    -> done
- (good)
-> opts
- (done)
-> alley

= alley
# show: yesung_adult neutral left
# show: prosecutor tense right
Prosecutor: Point two, what the witness saw. A woman at the mouth of the alley saw {ch6.prosecution.named:Lee Yong-gu|the defendant} on his knees over the girl, his hands on her, pressing down, and the girl not moving. She screamed for help. When the police came he was still there.
Prosecutor: {ch1_fled:The report written that night says he attempted to flee.|He did not run.} The prosecution says what she saw was what it looked like.
- (opts)
{ opts > 2:
    -> done
}
{ opts == 2:
    Judge: Anything further on the alley?
}
* (ice) {Exhibits ? ice_photo} [Present the photograph of the ice.]
    # sfx: paper
    A print from a newspaper negative nobody ever used: a split drainpipe, the seam burst, a frozen tongue of water spread across the alley floor. At the edge of the frame, a man's arm, pointing.
    Ye-sung: A press photographer took this that evening, because the man in the alley would not stop pointing at it. Ji-yeon ran ahead, the way children run towards a thing they want to show you, and the ice took her feet.
    Ye-sung: The arm at the edge of the picture is his. Even then, he was trying to show them.
    ~ case_strength += 2
* (brk) {Exhibits ? brick} [Present the brick.]
    It sits in its evidence bag like something that has waited a long time to be asked. One corner sheared off. On the bag, in a policeman's hand: brick, from scaffold.
    Ye-sung: The officer who bagged this wrote where it came from, because the man on the ground would not let go of it until somebody listened. From up there, he kept saying. It fell from up there.
    Ye-sung: The file records it, and then never asks one question about it. No fingerprints taken. No one asked who left bricks loose on a scaffold over a lane full of children.
    # show: judge tense center
    The judge makes a note, and underlines it.
    ~ case_strength += 2
* (cpr) {Exhibits ? cpr_statement} [Present the carbon copy of his first statement.]
    # sfx: paper
    A carbon copy, faint as breath, from the station's duplicate records. The top sheet went in a bin in 1997. Nobody remembered the carbon.
    Ye-sung: The witness saw his hands pressing down on the girl's chest. She was right. This is what he told the police, in the first minutes, before anyone decided what he ought to have said: "I pressed. Here. Like on TV. One hand on the other. To make her heart go again."
    Ye-sung: It was not an attack. It was the most useful thing he knew how to do, for a child who was not his, until they pulled him off her.
    A trainee in the front row puts her pen down and does not pick it up again.
    ~ case_strength += 2
* (notes) {Exhibits ? interrogation_notes} [Present the detective's notebook.]
    # sfx: paper
    # show: prosecutor neutral right
    The prosecutor is on his feet before she has finished.
    Prosecutor: Thank you. The answers recorded on the night of the arrest: "I followed the girl." The defence has just read his admission into the record for us.
    She knows what that page is: answers written before he opened his mouth. But that is an argument about the confession, and they are in the alley, and here the page says only what it says.
    ~ case_strength -= 1
    -> opts
* (drw) {Exhibits ? drawing} [Present the drawing.]
    # sfx: paper
    Judge: Counsel, this court has no doubt that he was loved. The question is the alley. What does this tell me about the alley?
    Nothing. She knew it as she reached for it. She wanted the court to see his face before it heard that word again.
    ~ case_strength -= 1
    -> opts
* (fire) {Exhibits ? fire_report && ch3.fire.did_cpr} [Present the fire report: what his hands knew.]
    # sfx: paper
    Ye-sung: A few weeks later, in the prison yard, a guard found this man kneeling over the warden, pushing on his chest and counting, and raised his baton. The warden coughed, and breathed, and told him to leave it.
    Ye-sung: The warden's own report: "carried the warden out, and revived him." The same hands, the same pushing, the same counting. In the yard it was called saving a life. In the alley it was called murder.
    # show: judge sad center
    The judge reads the line twice.
    ~ case_strength += 2
* (stmt) [Question the witness statement itself.]
    # sfx: paper
    Ye-sung: Your Honour, read what the statement says, and then what it does not. It says she saw a big man kneeling over a child, at dusk, in the cold, from the mouth of an alley, and that she screamed. Anyone would have.
    Ye-sung: It does not say she saw him strike the girl. It does not say she saw the girl fall. It says where his hands were, never what they were doing. She saw a terrible picture. She did not see a crime.
    ~ case_strength += 1
* {opts == 1} [Concede what the witness saw.]
    Ye-sung: The defence does not dispute the witness's honesty. She saw what she saw.
    Prosecutor: Then we agree.
    They do not agree. But she has nothing in her hands to show why, and the quiet on her side of the room answers for her.
    -> done
+ {opts > 1} [Rest the point.]
    -> done
- (good)
-> opts
- (done)
-> confession

= confession
# show: prosecutor tense right
Prosecutor: Point three. {ch6.prosecution.named:Lee Yong-gu|The defendant} confessed. Not in a back room: in open court, before a judge and the press. He stood up and said it, and the last thing he said was that nobody had told him to.
- (opts)
{ opts > 2:
    -> done
}
{ opts == 2:
    Judge: Anything further on the confession?
}
* (notes) {Exhibits ? interrogation_notes} [Present the detective's notebook.]
    # sfx: paper
    Ye-sung: This notebook belonged to the junior detective in the room on the night of the arrest. He kept it for sixteen years, and then he posted it to me without a letter.
    Ye-sung: Look at the answers. "I followed the girl." They are written in before the questions were asked, in a hand that is not the defendant's. He saw them upside down across the table, and he asked the one question that mattered: why do you write it before I talk?
    Ye-sung: The confession of 1997 did not begin in the courtroom, Your Honour. It began here, in ink, before he said a word.
    # show: judge sad center
    ~ case_strength += 2
* (script) {Exhibits ? confession_script} [Present the confession script.]
    # sfx: paper
    A sheet of paper, soft from folding, kept for years where nobody would think to look.
    Ye-sung: This is what he said in court in 1997. Not the transcript: the script. It was put beside his hand two days before the trial, by a visitor, in a room with no window. It was read to him until he could say it back.
    Ye-sung: Read it. The sentences have commas. They have the word "intent." He never said intent in his life; he said want. And the last line: "Nobody told me to say this." Somebody wrote that line for him, Your Honour. Think about why.
    ~ case_strength += 2
* (warden_w) {Witnesses ? warden} [Call the warden, Jang Min-hwan.]
    -> ch6_warden ->
* (warden_cold) {not (Witnesses ? warden)} [Call the warden, though he will not meet your eyes.]
    -> ch6_warden ->
    -> opts
* (truth) {tried_truth} [Show that he tried to tell the truth first.]
    # sfx: paper
    Ye-sung: The 1997 record, Your Honour. Before the confession there is a line the clerk typed exactly as it came. "No. She slipped on the..." Then dots. Then "...on the..." Then nothing.
    Ye-sung: And under it, at the prosecutor's own request: "Let the record show the defendant began a denial and could not complete it." He had said the next word forty times in practice. It was "ice." Something in that courtroom stopped him reaching it. The record does not say what. The court should ask.
    # show: prosecutor sad right
    The prosecutor looks down at his copy as though he had never turned to that page. Perhaps he never had.
    ~ case_strength += 2
* (fire) {Exhibits ? fire_report} [Present the fire report.]
    # sfx: paper
    Prosecutor: The defence shows us he was brave in a fire. The prosecution is glad to hear it. Brave men confess too, Your Honour, when they are guilty.
    Judge: It doesn't touch the confession, counsel.
    It doesn't. She reached for the proudest page in the file instead of the right one.
    ~ case_strength -= 1
    -> opts
* (balloon) {Exhibits ? balloon_photo} [Present the photograph of the balloon.]
    # sfx: paper
    Prosecutor: The defence reminds us that after his confession, {ch6.prosecution.named:Lee Yong-gu|the defendant} was found halfway over the prison wall. The prosecution would not have raised it. Thank you.
    The photograph lies on the table, the white shape tilted on the wire, and for a moment she hates it for being so easy to misread.
    ~ case_strength -= 1
    -> opts
* (mem) [Tell the court what he said to you at the end.]
    { Memories ? last_words:
        Ye-sung: I was with him at the door at the end, as near as they let me be. If a man has done a thing like that, the end is where he says it: to a priest, to a guard, to his child.
        Ye-sung: He didn't say it. A guilty man's last words are for himself. His were for me.
        Prosecutor: Counsel is giving evidence.
        Judge: I'll allow it. It goes to weight.
        She does not repeat what he said. It was not said to the court.
        ~ case_strength += 1
    - else:
        She has the corridor, the green walls, the door at the end of it. She does not have the words. She will not invent them for a court.
        Ye-sung: Withdrawn. I was there. I was too young to keep what he said. I'm sorry.
        -> opts
    }
* {opts == 1} [Concede that he confessed.]
    Ye-sung: The defence accepts that the words were spoken in court.
    The judge writes one line. The confession stands on the record with nothing leaning against it, just as it stood in 1997.
    -> done
+ {opts > 1} [Rest the point.]
    -> done
- (good)
-> opts
- (done)
-> conduct

= conduct
# show: prosecutor tense right
Prosecutor: Point four, conduct in custody. Within weeks of arriving, {ch6.prosecution.named:Lee Yong-gu|the defendant} was in the middle of a stabbing in the yard. He was present when the prison caught fire. And after sentence he was found in a home-made balloon, caught on the perimeter wire.
Prosecutor: Those are not the acts of a gentle man who was in the wrong place. The 1997 court was right to see danger.
- (opts)
{ opts > 2:
    -> done
}
{ opts == 2:
    Judge: Anything further on his conduct?
}
* (fire) {Exhibits ? fire_report} [Present the fire report.]
    # sfx: paper
    Ye-sung: The prison's own incident report on the fire, in the warden's hand. One line: "Lee Yong-gu, Room 7. Entered the burning office unprompted, carried the warden out, and revived him."
    Ye-sung: He was present at the fire, Your Honour. Counsel is quite right. He was the reason there was anyone left to write the report.
    ~ case_strength += 2
* (drw) {Exhibits ? drawing} [Present the drawing.]
    # sfx: paper
    Crayons, gone soft at the folds. Six people holding hands under a heater drawn as a sun: Uncle Boss. Uncle Shop. Uncle Lucky. Uncle Cries. Grandpa Book. Dad.
    { ch3.crayons.gave_yangho:
        Ye-sung: I drew this in Room 7, on the night I was smuggled in. So Yang-ho kept it inside his shirt, where nobody searches the boss, and then in a drawer for sixteen years.
    - else:
        Ye-sung: I drew this in Room 7, on the night I was smuggled in. It spent sixteen years inside Da-do's law book, at the page on the presumption of innocence.
    }
    Ye-sung: Look at the names. I was six, in a prison at night, among men convicted of real things, and I made every one of them my uncle, because the one I labelled Dad was not afraid of them, and they were not afraid of him. A child knows where the danger in a room is. There was none in this one.
    ~ case_strength += 2
* (balloon) {Exhibits ? balloon_photo} [Present the photograph of the balloon.]
    # sfx: paper
    The report's second copy: the white shape on the wire, and the two heads in the basket, one big and one small.
    Ye-sung: This is the escape. Bedsheets, a boiler-room burner and a laundry cart, built by five men for a child's birthday. When the rope caught, he did not climb and he did not fight. He held her and waited, and when the warden came up the ladder he handed her down first.
    Prosecutor: It was still an escape.
    Ye-sung: It was a birthday present, counsel. Look at it.
    ~ case_strength += 1
* (yangho_w) {Witnesses ? yangho} [Call So Yang-ho.]
    -> ch6_yangho ->
* (yangho_cold) {not (Witnesses ? yangho)} [Call So Yang-ho, though he only promised to come.]
    -> ch6_yangho ->
    -> opts
* (bongshik_w) {Witnesses ? bongshik} [Call Shin Bong-shik.]
    -> ch6_bongshik ->
* (bongshik_cold) {not (Witnesses ? bongshik)} [Call Shin Bong-shik, though he keeps watching the door.]
    -> ch6_bongshik ->
    -> opts
* (brk) {Exhibits ? brick} [Present the brick.]
    Judge: Counsel, we have finished with the alley. A brick is not conduct.
    Ye-sung: No, Your Honour.
    It sits on the table, heavy and beside the point, and she has lost a turn to it.
    ~ case_strength -= 1
    -> opts
* (mem) [Tell the court about the man you visited every day.]
    { Memories ? song_taught || Memories ? snow_angel:
        Ye-sung: I visited him every afternoon that December. I can tell the court what a dangerous man does with his hour in the yard.
        { Memories ? snow_angel:
            Ye-sung: He lies down in the snow beside his daughter and moves his arms until there are two angels, a big one and a small one. Then he worries that he has got his trousers wet.
        }
        { Memories ? song_taught:
            Ye-sung: He hums the song from the night I was hidden in Room 7. Every day, badly. And five hard men hum it back under their breath and pretend they don't.
        }
        ~ case_strength += 1
    - else:
        She reaches for the yard, the cell, the hour after school, and what comes is warm and blurred and too thin to put on oath.
        Ye-sung: Withdrawn. He was kind. I know he was kind. I can't give the court a single day to prove it.
        -> opts
    }
* {opts == 1} [Concede that these things happened around him.]
    Ye-sung: The defence accepts that these events took place.
    Prosecutor: Thank you.
    The knife, the fire and the wall go onto the record in the prosecutor's order, which is not the true order, and with his meaning, which is not the true one.
    -> done
+ {opts > 1} [Rest the point.]
    -> done
- (good)
-> opts
- (done)
-> capacity

= capacity
# show: prosecutor tense right
Prosecutor: Point five, and last: capacity. The defence will say {ch6.prosecution.named:Lee Yong-gu|the defendant} did not understand. But he held a job. He raised a child alone. He answered police questions, and he repeated his confession in court, fluently.
Prosecutor: The law does not require a man to be clever. It requires him to understand what he is doing. He understood enough.
- (opts)
{ opts > 2:
    -> done
}
{ opts == 2:
    Judge: Anything further on capacity?
}
* (notes) {Exhibits ? interrogation_notes} [Present the notebook again: his one question.]
    # sfx: paper
    Ye-sung: The same notebook, Your Honour, for a different reason. Upside down across the table, slowly, he found three small words he could read: I. Girl. Followed.
    Ye-sung: And he asked, "Why do you write it before I talk?" Not "that's false." Not "I want a lawyer." Why do you write it before I talk. That is the question of a man who does not understand what is being done to him, only that it is strange.
    ~ case_strength += 2
* (card) {Exhibits ? birthday_card} [Present the birthday card.]
    # sfx: paper
    A folded sheet of drawing paper. Inside, in big careful letters: Ye-sung. Happy birthday. Seven. Daddy loves you. Be good. Be bossy.
    Ye-sung: He wrote this for the twenty-third of December 1997. Eleven words. It took him two evenings, with help. It is the best writing he ever did, on the most important day of his year.
    Ye-sung: Now read the confession. "With intent." "Fully aware." He could not have written it. He could not have read it back.
    The card goes up to the bench. The judge holds it by the edges.
    ~ case_strength += 2
* (script) {Exhibits ? confession_script} [Present the confession script again: how he learned it.]
    # sfx: paper
    Ye-sung: Look at the long sentences, Your Honour, and then read the transcript. He took a breath in the middle of each one, in places no one would breathe, because he had learned them by sound, a piece at a time.
    Ye-sung: A man who has to learn a sentence by its sound does not understand the sentence. He understands that he must say it.
    ~ case_strength += 2
* (tag) {Exhibits ? price_tag} [Present the price tag again: why it was written.]
    # sfx: paper
    Ye-sung: The shopkeeper is still at the market. He remembers writing this, because of what the customer said when he asked for it. "Please write it. Big numbers fall out of my head."
    Ye-sung: Thirty-six thousand was a big number to him. The prosecution says he understood a confession full of legal terms, recited in court. He could not keep a price in his head from the counter to the door.
    ~ case_strength += 2
* (dado_w) {Witnesses ? dado} [Call old Da-do.]
    -> ch6_dado ->
* (dado_cold) {not (Witnesses ? dado)} [Call old Da-do, though he would not say yes.]
    -> ch6_dado ->
    -> opts
* (rehearsal) [Tell the court about the rehearsal in Room 7.]
    Ye-sung: For ten days before his trial, the men in his cell rehearsed him. They played the prosecutor and asked the questions the court would ask.
    {
    - rehearsal_score >= 3:
        Ye-sung: By the end he answered every one of them truly. Short, plain, in order, the same each time: work, the girl, the other shop, the ice. Then, on the day, he stood up and said the opposite, in words none of them had taught him.
        Ye-sung: A man does not forget the truth overnight. Someone gave him other words, and a reason to say them.
        ~ case_strength += 2
    - rehearsal_score >= 1:
        Ye-sung: It went badly. He muddled the questions; he answered the one before, or the one he wished they had asked. But when they asked him what happened in the alley, he got it right every single time.
        Ye-sung: He could not follow a lawyer's question. He could always tell you the truth.
        ~ case_strength += 1
    - else:
        Ye-sung: It went badly from start to end. He could not hold the questions at all.
        # show: prosecutor neutral right
        Prosecutor: Then the defence tells us he could not be prepared for trial, and yet the court should believe he was prepared for a false confession? One or the other, surely.
        Both, she wants to say. Both are true. But she cannot prove the second, and he has just turned the first against her.
        -> opts
    }
* (bp) {Exhibits ? backpack} [Present the yellow backpack.]
    # show: prosecutor neutral right
    Prosecutor: The defence shows us what he wanted. He wanted it enough to fight a police officer for it in a shop. So he understood wanting, and what stood in the way of it. Thank you, counsel.
    The backpack sits there, proving the wrong thing. She should have known he would use it.
    ~ case_strength -= 1
    -> opts
* {opts == 1} [Concede that he understood.]
    Ye-sung: The defence will not argue capacity.
    She says it and cannot believe she has said it. The judge looks at her over his glasses for a long moment, then writes.
    -> done
+ {opts > 1} [Rest the point.]
    -> done
- (good)
-> opts
- (done)
-> closing

= closing
# show: prosecutor neutral right
# show: judge neutral center
Prosecutor: Your Honour, the prosecution does not ask this court to think badly of Lee Yong-gu. It asks the court to respect what a court decided, on the evidence it had, sixteen years ago. That is all. The prosecution rests.
He sits. He does not look at her. That is a kindness, and she takes it.
Judge: The defence may close.
# show: yesung_adult neutral left
# music: theme_yesung_sad
She stands. Her notes are in front of her. She finds she does not need them.
{
- opening == "date":
    She began this morning with a date. She will not end with one.
- opening == "father":
    She began this morning by asking the court to meet the man. Now she has to ask it to remember him.
- else:
    She began this morning with the facts. The court has them now. What is left is the man.
}
* (prom) {Memories ? promise} [Begin with the promise at the shop window.]
    Ye-sung: In the winter of 1997 a man stood at a shop window with his daughter and promised her a yellow backpack on payday. She made him promise properly, so it couldn't be taken back. That is where this case begins. Not in an alley. At a window, with a promise.
* (laugh) {Memories ? first_laugh} [Begin with his laugh.]
    Ye-sung: The night after the shop, his six-year-old played doctor and put plasters on his face, one on his nose for balance. He laughed until they fell off. He laughed whenever she laughed, before he even knew what was funny. I want the court to hear that before it hears the charge again.
* (bread) {Memories ? bread_shared} [Begin with his bread in Room 7.]
    {
    - ch2.bread.bread_mb:
        Ye-sung: In his first weeks in prison, when the men in his cell had every reason to hate him, he gave his whole Sunday roll to the biggest of them, because a big man needs more bread and, he said, it was only sums.
    - ch2.bread.bread_dado:
        Ye-sung: In his first weeks in prison, when the men in his cell had every reason to hate him, he gave his Sunday roll to the oldest of them, whose teeth could not manage the hard rice.
    - ch2.bread.bread_kept:
        Ye-sung: In his first weeks in prison, when the men in his cell had every reason to hate him, he did not eat his Sunday roll. He tied it in the corner of his blanket for a daughter he had no reason to think he would see. When I was smuggled in, it was as hard as a stone. I ate every crumb, and gave him the last bite, because that was our rule.
    - else:
        Ye-sung: In his first weeks in prison, when the men in his cell had every reason to hate him, he tore his Sunday roll into six and passed it round, and left the end with the jam on the blanket of the man who hated him most.
    }
    Ye-sung: That is the man the prosecution calls dangerous.
* (song) {Memories ? song_taught} [Begin with the song.]
    { ch3.song.taught_her:
        Ye-sung: There is a sad song about a river, and a girl on the bank waiting for a boat. Five convicted men taught it to a six-year-old in a whisper, after lights-out, in Room 7. I would like the court to wonder who was sitting in the middle of them, holding her, while they did.
    - else:
        Ye-sung: There is a Christmas carol that five men from Room 7 still know the second verse of, and will deny it under oath. A six-year-old taught it to them after lights-out, conducting with a pencil. I would like the court to wonder who was sitting in the middle of them while they learned.
    }
* (snow) {Memories ? snow_angel} [Begin with the snow angels.]
    Ye-sung: In the prison yard in the winter of 1997 there were two snow angels side by side, a big one and a small one. Nobody photographed them. They were gone by spring. I am asking the court to see them anyway.
* (star) {Memories ? star_named} [Begin with the star.]
    Ye-sung: There is a star over that wall with his name on it. I named it on my seventh birthday, after I had seen it from a laundry cart hanging on the wire. It is still there. So is the name.
* (law) [Begin with the law: the burden of proof.]
    Ye-sung: Your Honour, in a criminal court the burden never moves. It was never for him to prove he was innocent. It was for the state to prove, beyond reasonable doubt, that he was guilty.
    Ye-sung: It had a frightened witness{Exhibits ? brick:, a brick nobody examined}{Exhibits ? interrogation_notes:, answers written before the questions}, and a confession that ended with the words "nobody told me to say this." That is not proof. That is a story, and other people wrote it.
- ~ case_strength += 1
* (last) {Memories ? last_words} [End with what he told you at the end.]
    Ye-sung: At the very end, at a door in a green corridor, he did not talk about himself. He talked to his daughter, about his daughter, the way he always had. That is what an innocent man does with the time he has left. I am asking the court to give him back his name.
* (name) [Ask the court to say his name.]
    Ye-sung: In 1997 he was "the defendant." In the newspapers he was worse. I am asking this court, when it rules, to use the name Room 7 used, and the warden, and his daughter. Lee Yong-gu. That's all. Say his name.
* (bag) {Exhibits ? backpack} [Put the yellow backpack on the table and sit down.]
    She says nothing more. She sets the yellow backpack on the table in front of the bench, straightens its straps the way he used to, and sits down.
    It says everything she has left.
* (burden) [End on the law: doubt is enough.]
    Ye-sung: The defence does not have to show the court what happened in that alley. It has to show that the state never did. Doubt is enough. Doubt was always enough. It just came sixteen years too late for him.
* (father) [End with the one word you have not used.]
    She opens her mouth for the last paragraph, the good one she wrote at three in the morning, and what comes out instead is:
    Ye-sung: He was my dad. He was a good dad. The defence rests.
    {
    - opening_name == "once":
        Judge: That was your exception, counsel.
        Ye-sung: Yes, Your Honour. That was it.
    - opening_name == "both":
        The judge does not remind her of anything. She told him this morning that he was both.
    - else:
        She promised this morning to call him the defendant. The judge hears her break it, and writes nothing down.
    }
- ~ case_strength += 1
{ (prom || laugh || bread || song || snow || star) && (last || bag):
    ~ case_strength += 1
}
She sits. Somewhere behind her, very quietly, Man-beom's handkerchief comes into use.
-> ruling

= ruling
# music: court
# show: judge neutral center
{ warden_doubt >= 4:
    ~ case_strength += 1
}
{ rehearsal_score >= 4:
    ~ case_strength += 1
}
// An order to look again at the girl's death needs evidence of what happened in the alley.
{
- case_strength >= 22 && (alley.ice || alley.brk || alley.cpr || alley.fire) && all_memories() && bond_yangho >= 4 && bond_chunho >= 4 && bond_manbeom >= 4 && bond_bongshik >= 4 && bond_dado >= 4:
    ~ ch6_ruling = ch6_gift
- case_strength >= 22 && (alley.ice || alley.brk || alley.cpr || alley.fire):
    ~ ch6_ruling = ch6_reinvestigation
- case_strength >= 17:
    ~ ch6_ruling = ch6_acquittal
- else:
    ~ ch6_ruling = ch6_stands
}
The judge does not retire to chambers. The room is borrowed until one o'clock, and he plainly made up his mind while she was speaking. He takes off his glasses, folds them, and lays them on the record.
Judge: This is an exercise. Nothing said in this room binds any court in the country. I want everyone to remember that, and then I want everyone to forget it for the next two minutes.
{ ch6_ruling >= ch6_acquittal:
    Judge: The 1997 judgment rests on a confession, an eyewitness, and the conduct of the defendant in custody. The court has weighed each of them again.
    { ch6.alley.cpr:
        Judge: The eyewitness saw his hands on the child. The court now knows what those hands were doing.
    }
    {
    - ch6.alley.ice && ch6.alley.brk:
        Judge: It has seen the ice, and the brick, that the first investigation recorded and never asked about.
    - ch6.alley.ice:
        Judge: It has seen the ice that nobody in 1997 thought worth a question.
    - ch6.alley.brk:
        Judge: It has seen a brick bagged as evidence, labelled with where it fell from, and never examined.
    }
    { ch6.confession.notes || ch6.capacity.notes:
        Judge: It has read a notebook in which his answers were written before he gave them.
    }
    { ch6.confession.script || ch6.capacity.script:
        Judge: It has seen the confession for what it was: a script, written in another hand, for a man to learn by sound.
    }
    { ch6.confession.truth:
        Judge: It has read the denial he began and could not finish.
    }
    { ch6.confession.warden_w:
        Judge: It has heard the former warden describe a visit that should never have happened, and what the prisoner looked like after it.
    }
    { ch6.motive.chunho_w || ch6.motive.manbeom_w || ch6.conduct.yangho_w || ch6.conduct.bongshik_w || ch6.capacity.dado_w:
        Judge: And it has heard from men who lived beside him, who had every reason to think the worst of him, and who came back after sixteen years to say otherwise.
    }
    { ch6_ruling >= ch6_reinvestigation:
        Judge: This court finds that the conviction cannot stand. Lee Yong-gu is not guilty.
        # sfx: gavel
        Judge: And the court goes further. A child died in that alley, and the state that hurried to convict the nearest man never found out how. Nobody examined the brick. Nobody asked about the scaffold, or the pipe. She was owed the truth as much as he was.
        Judge: The court orders that the death of Choi Ji-yeon be investigated again, properly, from the beginning.
    - else:
        Judge: This court finds that the conviction cannot stand. Lee Yong-gu is not guilty.
        # sfx: gavel
        {
        - not (ch6.alley.ice || ch6.alley.brk || ch6.alley.cpr || ch6.alley.fire):
            Judge: I will say what is missing, because this is a school and you will all meet it again. What happened on that ice is still a blank. The court can clear a man's name on this record. It cannot say what happened instead, and it will not guess.
        - ch6.confession.good == 0:
            Judge: I will say what is missing. The confession was never fully answered. The court has doubt enough to acquit. It does not have enough to say who put the words in his mouth.
        - ch6.capacity.good == 0:
            Judge: I will say what is missing. What he understood, and what he did not, was never properly put before me. The court acquits on doubt. It would rather have acquitted on proof.
        - else:
            Judge: I will say what is missing. The defence has shown me a man who did not do this. It has not shown me what did. That was never the defence's burden, but it is why this court stops where it stops.
        }
    }
- else:
    Judge: The court has heard a case made with care, and with a great deal of courage. I want that on the record first.
    Judge: But a practice court that rules from the heart teaches all of you the wrong lesson. On the evidence actually put before me today, the grounds to set aside the 1997 judgment have not been made out. The verdict stands.
    # sfx: gavel
    The gavel is small. It sounds enormous.
    # show: judge sad center
    Judge: Counsel. It was not Lee Yong-gu who failed this morning. It was a record nobody troubled to make in 1997. Go and make it.
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
    Nobody in the second row shouts. Nobody leaves, either. The trainees file out past six men who sit very still, the way men sit who have heard a verdict read before.
}
* [Go to the men of Room 7.]
    # show: yangho_2013 neutral right
    { ch6_ruling >= ch6_acquittal:
        She does not get halfway up the aisle. Man-beom reaches her first and lifts her clean off the floor, crying openly, and the others close round them both.
        Yang-ho: Not guilty. You hear that? Sixteen years we've been saying it in the wrong rooms.
        { Witnesses ? yangho:
            He glares at the ceiling, hard, so that his eyes will behave.
        - else:
            He did not speak for her today. He knows it, and he holds on to her a moment longer because of it.
        }
    - else:
        They make room for her in the row. No one says "next time." Yang-ho puts one heavy hand on her shoulder and leaves it there.
        Yang-ho: He'd have liked the suit. He'd have asked who ironed it.
        Bong-shik: It's the day, that's all. Wrong day. Some days are just unlucky.
        She laughs, and it is nearly a sob, and they let it be both.
    }
* [Go to the warden.]
    # show: warden_2013 neutral right
    { ch6_ruling >= ch6_acquittal:
        The warden has stood up and does not seem to know what to do next. She goes to him. He bows to her, properly, from the waist, and holds it.
        Warden: I should have said it in 1997. I am sorry it took a practice court and a girl with a file.
    - else:
        He has not moved from his seat. When she reaches him he stands, carefully, the way he does everything.
        { warden_doubt >= 3:
            Warden: When you take this to a real court, put me first on your list. Write my name down.
        - else:
            Warden: I should have spoken today. I should have spoken then. I am old, and it is still not too late for the first one.
            He does not promise. But this time he does not look away, and she decides that will do for a start.
        }
    }
* [Stand still a moment. Let them come to you.]
    She stays at the defence table with her hands flat on the wood, where she found them at the start.
    { ch6_ruling >= ch6_acquittal:
        Not guilty. She says it once, without any sound, to the space beside her where a big man would be shifting from foot to foot, asking if they could go home now.
    - else:
        The verdict stands. She lets the words sit in the room until they are only words. Then she gathers the file, page by page, in order. There will be another court.
    }
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
Outside, the yard is grey and the first snow is coming down, fine and slow. On the wire along the top of the wall the balloon is still caught, and as she stands beneath it the wind takes hold and pulls it free.
She watches it go up. And then it is not a child's balloon any more.
# scene: sky fade
# music: balloon
# particles: glow
# sfx: burner
A balloon of patched white bedsheets is climbing through the snow, lit gold from inside, its rope trailing loose beneath it. No wire holds it. Nothing holds it.
# show: yonggu happy left
# show: yesung_child happy right
In the basket a big man in a prison jacket has a small girl on his hip, a yellow backpack on her shoulders. They are both waving with their whole arms, the way you wave when you are afraid someone might not see you.
{ ch6_ruling == ch6_gift:
    -> gift
}
* [Wave back.]
    She raises her hand. It is a small wave, a courtroom wave, and then she thinks: no. She waves with her whole arm, like a six-year-old. Like him.
* [Call out to him.]
    Ye-sung: Dad! Dad, I'm here!
    He hears. She is sure he hears: his head turns, and the waving gets even bigger.
* [Just look. Keep this.]
    She does not move. She looks at his face until she has it, every line of it, the way she did not know to look when she was six.
- (wave)
Yong-gu: Ye-sung! Look! Daddy is flying!
# sfx: music_box
The balloon turns slowly as it rises. The child on his hip is laughing. The woman in the snow is laughing too, and crying, and it turns out you can do both at once.
# show: yesung_adult sad center
Ye-sung: Goodbye, Daddy. Thank you. Go on now. You can go.
The light grows smaller, and smaller, and is gone, and the snow goes on falling on the place where it was.
# ending: reinvestigation
-> END

- (gift)
# show: yesung_adult happy center
This time the balloon does not rise away. It drifts down through the snow until the basket hangs just above her, close enough to see the frost on his eyebrows.
Yong-gu: Ye-sung. You got big.
Ye-sung: I did. I'm a lawyer now, Dad. Almost.
Yong-gu: Ye-sung is clever. Daddy knew. Daddy always knew.
Everything she kept comes back at once, the way a song comes back: the promise at the shop window, the plasters and the laughing, the bread held out, the song that went round Room 7, two angels in the snow, a star with a name, and the last thing he said at the door.
* [Tell him what the court did.]
    Ye-sung: They said you didn't do it, Dad. A judge said it, out loud, with your name. And they're going to find out what happened to Ji-yeon. Properly. For her too.
    Yong-gu: For Ji-yeon too. Good. Ji-yeon was kind. She showed me the shop.
    He nods, very seriously, the way he nodded at anything important.
* [Tell him about Room 7.]
    Ye-sung: They all came, Dad. All five of them, and the warden. Yang-ho bought a suit. Man-beom cried before anything had even happened. They never stopped saying it. Not once in sixteen years.
    Yong-gu: My friends. Room 7 is the best room.
* [Ask him if he's cold.]
    Ye-sung: Are you cold? Have you eaten? Show me your hands.
    It is her own old question, the one she asked him every afternoon in the yard. He hears it, and his whole face breaks open with delight.
    Yong-gu: My hands are warm. Look. Ye-sung is still the boss.
- (close)
# sfx: music_box
{ ch6.closing.star:
    He points up past the balloon, to one clear place in the snow cloud where a single star is showing.
    Yong-gu: Your star. It is still there.
- else:
    He reaches down from the basket, and for the length of a breath his big warm hand is on her head, the way it was at the shop window.
}
# show: yesung_child happy right
The little girl on his hip leans out of the basket and studies the grown woman below, very hard, as if checking something. Then she nods, satisfied, and puts both thumbs up.
* [Say goodbye.]
    Ye-sung: Goodbye, Daddy. I love you. Go on up now. Take her with you.
* [Say thank you.]
    Ye-sung: Thank you, Dad. For the backpack. For Room 7. For me.
* [Say nothing. Sing the first line of the song.]
    She sings it, thin and out of tune in the snow. From the basket a big voice, much worse, comes in on the second line, all the right words in the right order.
- (bye)
Yong-gu: Ye-sung. My Ye-sung. Bye-bye!
# sfx: burner
The burner flares gold, and the balloon lifts. They wave and wave. She waves back until her arm aches, and goes on waving after the balloon has become {ch6.closing.star:one more star over the wall|one more speck of gold in the falling snow}.
# music: theme_yesung
# particles: snow
When she lowers her arm at last, the men of Room 7 are standing in the snow behind her, and the warden with them, all looking up. Nobody says anything. Then Yang-ho takes off his new coat and puts it round her shoulders, because it is cold, and because somebody has to ask whether she is warm.
She is. She is warm.
# ending: the_gift
-> END

- (still_caught)
# scene: prison_yard dissolve
# music: theme_yesung_sad
# ambience: snow
# particles: snow
Outside, the yard is grey and it has begun to snow lightly, the way it snowed then.
The balloon is still on the wire along the top of the wall. The wind has worn most of the yellow out of it. It is still trying.
* [Reach up for it, though it is far too high.]
    She stretches up on her toes, in her court shoes, in the snow. Her fingers close on air, a whole wall short.
    She stays like that anyway, arm raised, a grown woman waving at a wall.
* [Leave it there. Come back for it.]
    She looks at it for a long time. Not today. It can hold on a little longer. She knows how.
- (resolve)
# music: theme_yesung
# sfx: music_box
Ye-sung: Wait a little longer, Dad. It wasn't the right court. I'll find the right court.
Behind her the door opens, and six men come out into the snow, and fall into step with her without being asked.
She holds the file against her chest, the way he used to carry her, and walks across the yard with the snow coming down, already making a list: the brick, the scaffold, the witness, the names. One at a time. That is how you carry anything heavy.
# ending: verdict_stands
-> END

- (let_go)
# scene: prison_yard dissolve
# music: theme_yesung
# ambience: snow
# particles: snow
Outside, the yard is grey and the first snow is falling. The balloon is still caught on the wire along the top of the wall, nodding in the wind.
* [Wait for the wind.]
    She stands beneath it with her hands in her pockets. The wind comes in a long breath off the hill, and the string slides along the barbs, and catches, and slides, and is free.
* [Tell it it can go now.]
    Ye-sung: Go on. You can go now.
    She feels foolish saying it, and then she doesn't. The next gust takes the string along the barbs, and this time the wire lets go.
- (rise)
# scene: sky dissolve
# music: balloon
# particles: glow
It rises over the wall, small and bright, higher than the wire, higher than the roofs, until it is one of the lights, and then not even that.
For a moment she thinks she sees something else up there, something bigger, warm at its heart, with two small figures in it, waving. Then there is only the snow.
Ye-sung: Not guilty, Dad. They said your name.
# ending: acquittal
-> END

// ---- Witnesses. Each is a tunnel, called from the round it belongs to and returning to it. ----

=== ch6_chunho ===
{ Witnesses ? chunho:
    # show: chunho_2013 happy farright
    Chun-ho takes the stand as if he has been waiting sixteen years to be asked, which he has.
    Chun-ho: Motive? Your Honour, I slept three feet from the man that whole winter. Every night, the backpack: the colour, the straps, what it cost, to the won. He never once said the commissioner's name. I'd have said it a hundred times, with words in front of it.
    { Memories ? promise:
        Chun-ho: He'd promised her, see. He explained it to me like I was the one who needed telling. A promise is a thing you do, not a thing you say. I've sold a lot of promises in my time. That was the first one I ever heard that somebody meant.
    }
    Chun-ho: A grudge? He didn't have anywhere in him to keep one. Believe me. I know what a grudge looks like. I've carried plenty.
    { bond_chunho >= 5:
        Chun-ho: And one more thing, since I'm up here. He couldn't lie. We tried to teach him, for cards, for a laugh. He couldn't do it. So when you hear he confessed, ask yourself who managed to teach him that one.
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: chunho_2013
- else:
    # show: chunho_2013 tense farright
    Chun-ho stays in his seat and looks at his shoes.
    Chun-ho: I don't remember. It was a long time ago. I've forgotten a lot of things on purpose, miss, and I'm not unforgetting them in a room full of lawyers.
    The judge waits, then nods to the clerk. The question goes unanswered, and the silence is on her side of the room.
    ~ case_strength -= 1
    # hide: chunho_2013
}
->->

=== ch6_manbeom ===
{ Witnesses ? manbeom:
    # show: manbeom_2013 sad farright
    Man-beom walks to the stand slowly, sits, and spends a long moment fitting himself to the chair.
    Man-beom: We weren't good to him. At first. I have to say that, or the rest isn't true. We knew what he was charged with, and we did what men in there do.
    {
    - ch2.bread.bread_mb:
        Man-beom: And on the Sunday he gave me his bread. All of it. Every Sunday since, sixteen years, I've bought two rolls and given one away. I never told anyone why till now.
    - ch2.bread.bread_dado:
        Man-beom: And on the Sunday he gave his one soft roll of the week to the old man, whose teeth can't manage the rice. To one of us. After what we'd done.
    - ch2.bread.bread_kept:
        Man-beom: And on the Sunday he didn't eat his bread. He tied it up in his blanket for his little girl, for a day none of us thought would come. In the end we made it come.
    - ch2.bread.bread_six:
        Man-beom: And on the Sunday he tore his one soft roll of the week into six and passed it round. To us. After what we'd done.
    - else:
        Man-beom: And every morning he said good morning. To each of us. By name. After what we'd done.
    }
    Man-beom: A man who holds a grudge doesn't do that, Your Honour. He didn't hold on to what we did to him long enough to hate us for it. He just remembered we were there.
    The handkerchief comes out. He does not apologise for it.
    { bond_manbeom >= 5:
        { ch5_goodbyes.bye_manbeom:
            Man-beom: At the end I told him I'd hold the rope for her. Always. Nothing falls if I'm holding it. I'm still holding it. That's why I'm here.
        - else:
            Man-beom: The night of the balloon I held the rope. Nothing falls if I'm holding it. I'm still holding it. That's why I'm here.
        }
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: manbeom_2013
- else:
    # show: manbeom_2013 sad farright
    Man-beom half rises, then sits back down, his face working.
    Man-beom: I can't. I'm sorry, miss. Not in here. I can't say it in here.
    He does not say what it is he can't say. The judge lets a long second pass and moves on, and the empty stand weighs on her side of the room.
    ~ case_strength -= 1
    # hide: manbeom_2013
}
->->

=== ch6_warden ===
{ Witnesses ? warden:
    # show: warden_2013 neutral farright
    The warden takes the oath as if it were a real one. For him it is.
    Warden: I was the warden at the time. Two days before his trial I was called to a meeting in the city. I have since learned that nobody in the city had called it.
    Warden: When I came back that evening, the prisoner had fresh injuries to his face. He would not say how he got them. He would only ask me, over and over, whether his daughter was safe. Whether she walked home by the river road.
    Warden: I made no report. I should have. I have thought about that every day for sixteen years.
    {
    - ch3.fire.did_cpr:
        Warden: And I will add one thing. I woke up in the snow with this man's hands on my chest, pushing, counting, the way the file said he had pushed on that child. This man brought me out of a fire. A man who does that for his jailer does not, a few weeks later, decide to lie to save himself. He lied to save somebody else.
    - Exhibits ? fire_report:
        Warden: And I will add one thing. This man brought me out of a fire. A man who does that for his jailer does not, a few weeks later, decide to lie to save himself. He lied to save somebody else.
    }
    { warden_doubt >= 5:
        He takes a folded sheet from his inside pocket.
        Warden: I have written it down now. Dated and signed. If this ever reaches a real court, it is theirs.
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: warden_2013
- else:
    # show: warden_2013 tense farright
    The warden stands, because a court has called him, and stays standing at his seat.
    Warden: I was the warden. The records of the institution are the records. I have nothing to add to them.
    He sits. His hands are shaking, very slightly, and he lays them flat on his knees so that nobody will see. She sees.
    ~ case_strength -= 1
    # hide: warden_2013
}
->->

=== ch6_yangho ===
{ Witnesses ? yangho:
    # show: yangho_2013 neutral farright
    Yang-ho walks up like a man who has walked into worse rooms, and sits like a man who has never once sat on this side of one.
    Yang-ho: The stabbing. A man came at my back in the yard with a spoon handle ground to a point. I didn't see him. Lee Yong-gu did.
    { ch2.yard.between:
        Yang-ho: He put himself in the way, and it opened his arm instead of my back.
    - else:
        Yang-ho: He stopped it. Him. The one man in that yard who owed me nothing.
    }
    Yang-ho: I'd given him nothing but grief for weeks. When it was over, he asked me if I was hurt.
    { Memories ? song_taught:
        Yang-ho: Dangerous. He hummed that song from the night the kid was in, every night on his blanket, till none of us could get it out of our heads. I still know it. I'm not going to sing it for you.
    }
    { bond_yangho >= 5:
        Yang-ho: I asked him what he wanted for it. Anything. He wanted to see his daughter. That was the whole list. I've known a lot of dangerous men, Your Honour. I was one. He was the other kind.
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: yangho_2013
- else:
    # show: yangho_2013 tense farright
    Yang-ho does not get up.
    Yang-ho: I'm an old con, kid. Nobody in this room wants my word, and I don't hand it out. I said I'd come. I came.
    The judge notes the refusal. A witness who will not speak for a man is evidence of something, and the prosecutor lets the silence make his point for him.
    ~ case_strength -= 1
    # hide: yangho_2013
}
->->

=== ch6_bongshik ===
{ Witnesses ? bongshik:
    # show: bongshik_2013 tense farright
    Bong-shik goes up touching every chair back on the way for luck, and takes the oath twice to be sure.
    Bong-shik: The balloon was my idea. Partly. {ch5_idea.allowed:He asked us if it was allowed. We said no. He came anyway, because it was for her.|He went up in it because it was for her.}
    Bong-shik: And it was my knot that caught on the wire. Mine. Up there, with every light in the prison on him, he didn't fight and he didn't climb. He held on to his kid and waited for the ladder. I've tied a thousand knots since. Not one of them has caught on anything.
    { Memories ? star_named:
        Bong-shik: She saw a star from up there. Named it afterwards. I told her naming stars is bad luck. She said not that one. She was right.
    }
    { bond_bongshik >= 5:
        { ch4_morning.took_thread:
            Bong-shik: This thread. I tied it on him the morning of his trial. Three knots. At the end he gave it back and said it worked, his girl was safe. It's the luckiest thing I own.
        - else:
            Bong-shik: At the end he took my hand, which was shaking, and held it still. Nobody's done that since. I've never been arrested since, either. Work that out.
        }
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: bongshik_2013
- else:
    # show: bongshik_2013 tense farright
    Bong-shik shakes his head before she has finished saying his name.
    Bong-shik: Courts are bad luck. I said I'd come. I didn't say I'd talk. Nothing good ever happened to me after I talked in one of these.
    He keeps his eyes on the door. The court moves on without him, and the balloon stays on the record the way the prosecution described it.
    ~ case_strength -= 1
    # hide: bongshik_2013
}
->->

=== ch6_dado ===
{ Witnesses ? dado:
    # show: dado_2013 neutral farright
    Old Da-do takes the stand with his stick, his glasses and his book, and regards the bench over the top of all three.
    Da-do: I read some law in my time, Your Honour. Mostly the parts that applied to me. I prepared him for his trial, so I can speak to what he understood.
    { rehearsal_score >= 3:
        Da-do: He learned the true answers. Short, plain, the same each time. By the last night he had them perfectly.
    - else:
        Da-do: We were poor teachers, and the questions were built to trip him. {rehearsal_score >= 1:But the true answers, the ones about the alley, he never once got wrong.|He muddled every one. But ask him plainly what happened on the ice, away from the questions, and he told it the same way every time.}
    }
    Da-do: Once I asked him what "voluntarily" meant. He thought about it for a long time, the way he thought about everything, properly. Then he said, "Ye-sung." Because that was the only reason he ever did anything.
    Da-do: A confession made to keep a child safe is not voluntary, Your Honour. It is the least voluntary thing a man can do.
    { bond_dado >= 5:
        He opens the book at a marked page.
        Da-do: And the court of 1997 took that confession with no one beside him to help a man of his understanding follow what was happening. I have marked the page for you. As a courtesy.
        ~ case_strength += 1
    }
    ~ case_strength += 2
    # hide: dado_2013
- else:
    # show: dado_2013 neutral farright
    Da-do opens one eye.
    Da-do: At my age, young lady, one stops going on the record. The record has never done much for me.
    He closes the eye again. The prosecutor has the decency not to smile.
    ~ case_strength -= 1
    # hide: dado_2013
}
->->
