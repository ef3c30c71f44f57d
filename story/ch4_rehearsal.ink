// Chapter 4: The Rehearsal and the Confession (2013 interlude, then December 1997).
// Reads: bond_*, warden_doubt, total_bonds(), Memories, Deeds, Exhibits, Past, ch1_fled, ch1_signed.
// Sets (DRAFT2.md): rehearsal_score, tried_truth; Answers a_understood (a true answer in his own words);
// Deeds learned_the_word (asks Da-do what "voluntarily" means), wore_the_thread (Bong-shik's thread),
// told_warden (shows the warden his face and asks only whether Ye-sung is safe); Memories snow_angel;
// Exhibits confession_script (Da-do writes down the words he hears him learn, or he sees the detective
// following the words on a paper in court). The commissioner keeps his paper: no script is left behind.
// One bond raise in the rehearsal (who plays the prosecutor), one in the morning (who gets him ready).
// Adds to Past (globals.ink) for ch5: read_record_aloud, told_bench_his_speech, snowball_war, told_them_safe.

=== ch4 ===
# chapter: 4 The Rehearsal and the Confession
# scene: training_court fade
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
# show: prosecutor neutral right
Prosecutor: The defendant confessed in open court, Your Honour, in whole sentences. The defence will say he did not understand what he was saying. Did he?
{Past ? glanced_at_warden: At the end of the second row, the warden has taken out a pen and is holding it without writing.|{Past ? glanced_at_row: In the second row, Da-do has opened his book on his knees, at a page he does not need to look for.}}
Ye-sung opens the record of the hearing at a page whose corner has gone soft. Her father's answer fills half of it. It has commas. It has the word "intent".
Her father never said intent in his life. He said want, and then what he wanted, and it was nearly always for her.
* (read_aloud) [Read the answer aloud, exactly as it is typed.]
    ~ Past += read_record_aloud
    She reads it in a level voice, every comma, every borrowed word. It sounds like what it is: a stranger's sentence in her father's mouth.
* (told_bench) [Tell the bench how he really spoke.]
    ~ Past += told_bench_his_speech
    # show: judge neutral left
    Ye-sung: My father spoke in short sentences, Your Honour. A subject, a verb, and usually me. This answer has a subordinate clause.
    Judge: The record is what it is, counsel.
    Ye-sung: Yes. That is my point.
* [Say nothing. Let the page lie open.]
    She lays the record open on the table and takes her hand away, as if the paper were hot.
- Ye-sung: Before that answer, he practised others. Five men taught him, in a cell, for ten days. The court can judge from those what he understood.
-> ch4_rehearsal

=== ch4_rehearsal ===
# scene: cell_day fade
# music: room7
# ambience: prison_day
# card: Room 7, December 1997
# show: yonggu neutral center
# show: dado neutral left
# show: yangho neutral right
# show: bongshik neutral farleft
# show: chunho neutral farright
For the ten days before the trial, Room 7 {Past ? asked_what_a_trial_is:becomes a courtroom, built to Da-do's answer|is a courtroom}. The folded blankets are the bench. Yang-ho's slipper is the gavel. The bucket in the corner, lid on and a towel over it, is the witness stand, and nobody is allowed to laugh about that.
{bond_dado >= 3: Da-do has written the questions out in big square letters, one to a page, so that Yong-gu can follow them with his finger, and keeps the pages in an old envelope.|Da-do has the questions on the back of an old envelope, in writing so small he has to hold it at arm's length himself.}
{bond_yangho >= 3: Yang-ho has made one rule: nobody laughs unless Yong-gu laughs first. He says it twice, looking at Chun-ho.}
{warden_doubt >= 2: A slip from the warden's office has taken Room 7 off the workshop rota for ten afternoons. No reason is written on it.}
Da-do: Someone must play the prosecutor. The prosecutor is the man whose job is to make you say a wrong thing.
Yang-ho: The bad guy. Pick your bad guy, Yong-gu.
* (pick_dado) [Pick Da-do, who knows the law.]
    ~ raise(bond_dado, 1)
    # show: dado happy left
    Yong-gu: Da-do. He reads the law books.
    Da-do squares the envelope on his knee, edge to edge, which is as close as he comes to looking pleased.
    Da-do: Forty years of reading, and my reward is to be the villain. Very well. Sit up straight.
* (pick_chunho) [Pick Chun-ho, who talks fast.]
    ~ raise(bond_chunho, 1)
    # show: chunho happy farright
    Yong-gu: Chun-ho. He talks very fast. Faster than me.
    Chun-ho: Faster than anyone. I once talked a bank manager into... never mind. Objection! Sustained! Let's go.
    Da-do: Nobody objects to a question. Just ask them.
* (pick_yangho) [Pick Yang-ho, the scariest.]
    ~ raise(bond_yangho, 1)
    # show: yangho happy right
    Yong-gu: Yang-ho. He is the scariest.
    Yang-ho looks round the cell to make sure everyone heard.
    Yang-ho: Correct. Good judge of character. Da-do, give me the paper.
- Man-beom sits by the door with his knees drawn up: he is the public{Past ? asked_her_to_come:, and Ye-sung, since she can't come}. Bong-shik is the clerk, which means he holds the pencil and writes nothing down.
{
- pick_chunho:
    Chun-ho: Defendant! Your name, for the court, quickly, some of us have appointments.
- pick_yangho:
    Yang-ho: You. Name.
- else:
    Da-do: State your name for the court.
}
* (q1_good) [Give his name, and stop.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: Lee Yong-gu.
    Da-do: Good. Short, true and finished. Most men cannot manage all three.
* [Say whose father he is.]
    Yong-gu: Ye-sung's dad.
    Da-do: Also true. But the court wants the name on the paper first. Be her father second. They will let you.
* [Give the cell he lives in.]
    Yong-gu: Room 7.
    Chun-ho: That's your address, not your name.
    Bong-shik: Don't say Room 7 in court. They'll think we're a gang.
    Yang-ho: We are a gang.
    Bong-shik: A nice one, though.
-
{
- pick_chunho:
    Chun-ho: Where were you on the afternoon in question? Think hard. Actually, don't, that helps me.
- pick_yangho:
    Yang-ho: That afternoon. Where were you.
- else:
    Da-do: Where were you on the afternoon the girl died?
}
* (q2_good) [Tell it from the beginning: work, the girl, the other shop.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: Going home from work. The girl came. She said another shop has the yellow backpack. I went to see.
    Da-do nods, once for each part of it.
    Da-do: From the beginning, in order. That is how a true thing sounds.
* [Say he doesn't remember.]
    Yong-gu: I don't remember.
    Da-do: You remember the colour of the bus you took that morning. Never say you don't remember. They will write down: he is hiding something.
* [Start at the worst part.]
    Yong-gu: With her.
    Chun-ho: Whoa. No. Start at the start, not at the worst part. Nobody tells a story from the end.
* [Start at the shop window.]
    Yong-gu: Looking at the yellow backpack. In a window.
    Yang-ho: True. And they'll ask what a grown man's doing staring in windows. Tell them who it's for.
-
{
- pick_chunho:
    Chun-ho: Did you know the girl? Be honest. Honesty is so attractive in a defendant.
- pick_yangho:
    Yang-ho: The girl. You know her?
- else:
    Da-do: Did you know Choi Ji-yeon before that day?
}
* (q3_good) [Say how many times he saw her, and where.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: I saw her one time. In the shop. With her father. He bought the last yellow backpack.
    Da-do: One time. Keep the number. Numbers are hard to twist.
* [Say she was nice to him.]
    Yong-gu: Yes. She was nice. She smiled at me.
    Yang-ho's face goes dark, though not at Yong-gu.
    Yang-ho: They'll take "nice" and twist it. That's their job. Say how many times you saw her, and stop.
* [Say he didn't know her.]
    Yong-gu: No.
    Da-do: That is not true, and they know it is not. A small lie is a door. They will walk a big one through it.
-
Da-do comes to the last question. He has written it out twice.
Da-do: This one they will not ask. They will read it to you, and wait for you to nod. "The defendant made his statement to the police voluntarily." Did you?
* (asked_word) [Ask what "voluntarily" means.]
    ~ Deeds += learned_the_word
    ~ Answers += a_understood
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: What is voluntarily?
    Da-do: Because you wanted to. Nobody made you.
    Yong-gu thinks about the room at the police station, and {ch1_signed == "thumb":the thumb on the ink pad, and the man holding his wrist|the pen, and the man saying he could go home}.
    Yong-gu: Then no. Not voluntarily.
    Da-do writes the word in big square letters on the back of the envelope, and Yong-gu copies it underneath, and says it in pieces until it is his.
    Da-do: Then tell me one thing you did voluntarily. In your life.
    Yong-gu: Ye-sung.
    Da-do opens his mouth to correct him, and closes it again.
* [Nod. It sounds like a good word.]
    Yong-gu nods. It is a long word, and long words in a judge's mouth are usually good ones.
    Da-do: And there you are, hanged by a nod. Never agree to a word you do not know. Ask. They hate it, and they have to answer.
* [Say yes. The detective said yes for him.]
    Yong-gu: Yes. The detective said yes.
    Chun-ho puts his face in his hands.
    Da-do: That is two answers in one, and the court will only hear the first.
-
{
- pick_chunho:
    Chun-ho: And when she fell, Mister Lee, what exactly did you do? Exactly. Judges love exactly.
- pick_yangho:
    Yang-ho: She falls. Then what do you do.
- else:
    Da-do: When she fell, what did you do?
}
* (q4_good) [Say what he did, in order, in his own words.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: She fell on the ice. She did not breathe. I pushed here, like on television, to make her breathe. And I shouted. Nobody came fast.
    Da-do: That is the answer. Say it exactly like that.
* (q4_hands) [Show them, with his hands.]
    # hide: bongshik
    # show: manbeom sad farleft
    Man-beom lies down on the floor without being asked and folds his hands on his belly. Yong-gu kneels, puts one palm over the other, and presses, carefully, counting under his breath.
    Man-beom: He does it gentle. He does it right. If I fell, I'd want him there.
    Da-do: In court, the hands need words with them. But yes. Yes.
* [Say he was too scared to know.]
    Yong-gu: I don't know. I was scared.
    Bong-shik: Scared is allowed. I'm scared now. But they ask what you did, not how you felt. Feelings come later.
-
{
- pick_chunho:
    Chun-ho: Isn't it true you hated her father? He took the backpack, he threw you out of the shop, and you wanted him to pay. Isn't it? Isn't it?
- pick_yangho:
    Yang-ho: Her old man hit you. You wanted payback.
- else:
    Da-do: Her father struck you in the shop. You wanted to hurt him back. Is that right?
}
* (q5_good) [Say what he wanted: the backpack, for her, only that.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: No. I wanted the backpack for Ye-sung. Only that. I was saving up.
    Chun-ho: How does he do that? I'd have argued for ten minutes and gone to prison.
    Bong-shik: You did go to prison.
* [Say that her father hit him.]
    Yong-gu: He hit me. In the shop. Here.
    Da-do winces, as if he were the one who was hit.
    Da-do: True. And all they will hear is a reason. Never hand them reasons.
* [Say he was angry for a little while.]
    Yong-gu: A little angry. Then I forgot. Ye-sung made me laugh.
    Chun-ho: Honest. Beautiful. They'll print the first three words and throw the rest away.
-
{
- pick_chunho:
    For this one, Chun-ho doesn't talk fast.
    Chun-ho: Did you kill her?
- pick_yangho:
    Yang-ho: Did you kill that little girl.
- else:
    Da-do: The last one. Did you kill Choi Ji-yeon?
}
* (q6_good) [Say no, and the ice, quietly.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: No. She slipped on the ice.
    Da-do takes his finger off the envelope.
    Da-do: That is all. That is the whole case, and you just made it.
* [Shout it.]
    Yong-gu: NO!
    Bong-shik jumps so hard the pencil flies out of his hand.
    Yang-ho: Quieter. A judge thinks a loud man is a dangerous man. Say it like you'd tell Ye-sung the time.
* (q6_silent) [Look at the floor. Say nothing.]
    Yong-gu looks at the floor. The floor has nothing to say either.
    Da-do: Silence is written down as yes. Remember that, Yong-gu. In there, silence means yes.
* {Memories has song_taught} [Hum Ye-sung's song first. Then answer.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu hums the first line of {Past ? river_song:the river song, the one the cell taught Ye-sung|the chapel song, the one Ye-sung taught the cell}, and his shoulders come down from round his ears.
    Yong-gu: No. She slipped on the ice.
    Bong-shik: Whatever works. I'll be humming it in my head the whole day of his trial.
-
{total_bonds() >= 6:
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    They run it again, and again. Chun-ho, who cannot sit through a hymn, sits through forty.
}
{
- rehearsal_score >= 5:
    By the last night Yong-gu answers every question before the prosecutor has finished asking it, plainly, in order, like a man who has carried them all week.
    Da-do: If the court is fair, that will be enough.
- rehearsal_score >= 3:
    He gets most of them. The ones he misses, they run again every night after lights-out, whispering, until the right words come first.
- else:
    The wrong answers keep coming. They run it again every night after lights-out, whispering, until by the tenth night the right ones mostly come first.
}
* (thanked) [Thank them. They are good teachers.]
    Yong-gu: Thank you. You are good teachers.
    Bong-shik laughs too loudly. Chun-ho says "obviously". Yang-ho has to go and look out of the window for a while, at a wall.
* (again) [Ask to do it again tomorrow.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: Again tomorrow? I like it.
    Bong-shik groans and falls backwards onto his blanket.
    Yang-ho: Again tomorrow. And the day after. Till you can do it asleep.
* (asked_home) [Ask if right answers mean going home to Ye-sung.]
    Yong-gu: When I say it right, I go home to Ye-sung?
    The cell goes quiet. In the end it is Da-do who answers, and he takes too long.
    Da-do: That is what it is for.
- -> ch4_snow

=== ch4_snow ===
# scene: prison_yard dissolve
# music: theme_yesung
# ambience: snow
# particles: snow
# show: yonggu happy center
# show: yesung_child happy left
# show: warden neutral farright
Every afternoon at four the warden walks Ye-sung in through the side gate himself. She wears a red knitted hat from Mrs. Ahn, and before anything else she inspects her father.
Ye-sung: Have you eaten? Show me your hands. Cold. I knew it.
{Past ? did_her_hair: Her bunches are crooked again. He does them while she talks, one higher than the other, as she likes them.}
The visits are an hour. An hour is two things, if nobody wastes it.
- (yard)
{ yard > 2: -> gate }
* [Lie down in the snow beside her.]
    ~ Memories += snow_angel
    # memory: snow_angel
    Ye-sung drops flat on her back, sweeps her arms and legs, and orders him to do the same. The cold comes straight through his uniform. Above them the sky is white and falling.
    Ye-sung: Arms up AND down, Daddy.
    When they stand, there are two angels in the yard, a big one and a small one, wing to wing.
    Ye-sung: Their wings are touching. That means they're holding hands. That counts.
    -> yard
* (quizzed) [Let her ask the practice questions.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Ye-sung has a list too, in crayon. She is stricter than Da-do.
    Ye-sung: Question one. Are you wearing socks?
    Yong-gu: Yes.
    Ye-sung: Question two. Did you kill the girl?
    By the wall, the warden turns his head.
    Yong-gu: No. She slipped on the ice.
    Ye-sung: Correct. Everybody knows that one. Except the police.
    -> yard
* (snowball) [Throw a soft snowball at Room 7, over by the fence.]
    ~ Past += snowball_war
    # show: bongshik happy right
    Room 7 is out for exercise beyond the wire. Yong-gu lobs a snowball that is mostly air. It lands on Bong-shik's ear.
    Bong-shik: Snow on the ear in December! That's seven years of... something. I'll find out what.
    He throws one back, misses on purpose, and Ye-sung declares war on the whole of Room 7.
    -> yard
* (waved_warden) [Wave the warden over, out of the cold.]
    ~ raise(warden_doubt, 1)
    Yong-gu: Warden. Come. It is warm when you move.
    Warden: I'm on duty, Mr. Lee.
    He does not come. But from that day he does not look at his watch until twenty minutes past the hour.
    {warden_doubt >= 3: Once, when Ye-sung isn't looking, he leaves his own scarf on the bench where she will find it.}
    -> yard
+ [Walk her back to the gate.]
    -> gate
- (gate)
Ye-sung: Tomorrow at four. Practise. And don't say "I don't know".
* (fixed_hat) [Pull the red hat down over her ears.]
    He tugs it down until only her eyes and her bossy mouth show. She pushes it straight back up, so that she can see to wave.
* (watched_go) [Watch her all the way out.]
    From the fence he can see past the side gate. By the gatehouse, a car waits with its engine running.
- At the gate she turns round three times to wave, and the third time she walks backwards into the warden, who catches her.
-> ch4_commissioner

=== ch4_commissioner ===
# scene: interrogation cut
# music: tension
# ambience: stop
# particles: none
# show: yonggu tense left
# show: commissioner tense right
Two days before the trial, the guard who comes for Yong-gu after the visit takes him the other way: down the administration corridor, to a room with one chair and no window. {ch4_snow.watched_go:The car at the gatehouse was for the warden: a meeting in the city, until evening.|The warden is at a meeting in the city until evening.} Somebody knew that.
A man in a dark coat turns round, and Yong-gu knows him: the shop, the bell over the door, the last yellow backpack going out under his arm.
On the table lies a school photograph of a girl with a crooked fringe.
Commissioner: Sit down.
* (said_sorry) [Speak of Ji-yeon.]
    Yong-gu: I am sorry. About Ji-yeon. She was kind. She showed me the shop.
    In this room it is the worst thing that could be said.
* (gave_answer) [Give him the practised answer.]
    Yong-gu: I didn't. She slipped on the ice.
    Commissioner: They've been teaching you. Good. You learn, then.
* [Say nothing. Look at the photograph.]
    Yong-gu looks at the photograph, because it is the only soft thing in the room. The commissioner sees where he is looking.
    Commissioner: Don't you look at her.
- 
# sfx: thud
# fx: shake
What happens next is short, and the commissioner has done it before. The chair goes over. Then Yong-gu is on the cold floor, counting the tiles in front of his face, because counting is a thing he can do when nothing else is. He gets to eleven, and starts again at one.
# show: commissioner neutral right
The commissioner crouches beside him and speaks at an ordinary volume, which is worse than shouting.
{
- said_sorry:
    Commissioner: Sorry. You don't get to be sorry. You get to be useful.
- gave_answer:
    Commissioner: Now. You'll learn a different answer, as well as you learned that one.
}
Commissioner: Your girl walks home from school along the river road. Over the crossing by the stationer's. Red hat.
{ch4_snow.fixed_hat: An hour ago he pulled that hat down over her ears.}
Commissioner: The roads freeze, this time of year. Children slip. Nobody is ever to blame.
He unfolds a sheet of paper written in a square, careful policeman's hand, and does not let go of it.
Commissioner: This is what happened. You will learn it, and you will say it in court, every word. Then your girl grows up.
* [Ask the only question he has.]
    Yong-gu: Ye-sung will be safe?
    Commissioner: If you say it.
    It is the only question Yong-gu has, and he has been given the only answer.
* [Tell him the truth.]
    Yong-gu: It is not true.
    Commissioner: It doesn't have to be true. It has to be said.
* (looked_paper) [Look at the paper.]
    {Past ? saw_the_notebook:Yong-gu cannot read the long words, but he can read a hand. He has seen this one before: square letters, a notebook, a room at the police station, a pen that went on writing while he talked.|Yong-gu cannot read it. He can only see that it is long.}
- The commissioner reads it to him: once, then again, then again, until Yong-gu can say it back with his eyes shut. Then he folds the paper into his inside pocket, buttons his coat over it, and leaves.
Nothing goes back to Room 7 with Yong-gu but the words.
-> ch4_bruises

=== ch4_bruises ===
# scene: cell_night fade
# music: theme_yesung_sad
# ambience: prison_night
# show: yonggu sad center
# show: yangho tense right
# show: dado neutral left
# show: chunho tense farright
The cell door shuts behind him, and in the light from the corridor Room 7 sees his face.
Yang-ho is on his feet before the guard's keys have stopped turning.
Yang-ho: Who.
Chun-ho: Give us the name. I know every guard's name in this place. I know their wives' names.
* (said_fell) [Blame the ice.]
    Yong-gu: I fell. On the ice.
    It is the sentence he has practised, with a different person in it. It was true about her. It is not true about him, and every man in Room 7 has told that lie to a prison doctor once, and knows how it sounds.
    Yang-ho: Right. The ice.
* (let_clean) [Sit still, and let Yang-ho clean the cut.]
    Yong-gu sits down on his blanket and lifts his face. Yang-ho kneels and dabs at the cut with the wet corner of his own towel. His hands, which have broken things for a living, are very careful.
    Yang-ho: Hold still. You don't have to say. I know what a beating with no name on it looks like.
* (cant_say) [Tell them why he cannot tell them.]
    Yong-gu: I can't say. For Ye-sung.
    Da-do looks at him for a long moment, and then away, carefully, like a man choosing not to read someone else's letter.
    Da-do: Then someone has already told you what to say.
-
{ warden_doubt >= 2:
    -> warden_round
}
-> recite

= warden_round
# sfx: footsteps
# show: warden tense farleft
Near midnight, keys. The warden is back from the city, still in his coat, and he has heard something in the guardroom that made him come down himself. He holds his torch on Yong-gu's face and does not say anything for a while.
Warden: Who did this, Mr. Lee?
* (asked_safe) [Ask about Ye-sung, and nothing else.]
    ~ Deeds += told_warden
    ~ night_visit = "asked_safe"
    ~ raise(warden_doubt, 1)
    Yong-gu: Is Ye-sung safe? Now. Tonight. Is she safe?
    He asks nothing else, and says nothing about his face. The warden looks from the bruise to the question and back, and a man who has read a great many files reads this one.
    Warden: I'll have someone walk her home from school. From tomorrow.
* [Blame the ice.]
    ~ night_visit = "blamed_ice"
    Yong-gu: I fell on the ice.
    Warden: There's no ice in the administration corridor.
    Yong-gu says nothing more, and the warden, after a while, switches off his torch.
* [Turn his face to the wall.]
    ~ night_visit = "turned_away"
    Yong-gu turns his face to the wall. The torch stays on the back of his head for a long moment, and then the keys go away down the corridor.
-
# hide: warden
-> recite

= recite
{
- said_fell:
    It is the first lie he has told in Room 7, and nobody believed it. He lies with his face to the wall, learning a longer one.
- let_clean:
    Yang-ho's towel is still folded on his blanket, pink at one corner. He lies with his face to the wall, learning the words the commissioner left in him.
- else:
    He lies with his face to the wall, learning the words the commissioner left in him.
} {rehearsal_score >= 4: He knows six true answers by heart. He is learning to lay one lie over all of them.}
* (recited_aloud) [Say the words aloud, under the blanket, to keep them.]
    He says them in a whisper, over and over, every long word, breathing in the wrong places.
    On the next blanket, Da-do lies very still. Then he feels for his law book and a pencil stub, and in the margin of the page on confessions, by the corridor lamp, he writes down what he hears, word for word, with a stroke wherever Yong-gu stops to breathe, and the date: two days before the trial.
    ~ Exhibits += confession_script
    # exhibit: confession_script
    Da-do: None of this is yours, son. Not one word.
* [Say them without a sound.]
    He moves his lips and makes no sound at all. Man-beom, awake beside him, can see only the rhythm of it: ten days of true answers in the daylight, and now one long wrong one.
* [Count instead, to twenty-three, until he sleeps.]
    He does not practise. He counts to twenty-three, her birthday, and starts again, and sleeps. The words wait for him in the morning anyway. They are not the kind that leave.
-
-> ch4_morning

=== ch4_morning ===
# scene: cell_day dissolve
# music: room7
# ambience: prison_day
# show: yonggu neutral center
# show: chunho happy left
# show: manbeom neutral right
# show: bongshik neutral farleft
# show: yangho neutral farright
On the morning of the trial, Room 7 wants to get him ready like a bridegroom. Four men come at him at once, and the guard's keys are already in the corridor. There is time for one of them.
* (took_comb) [Let Chun-ho comb his hair.]
    ~ raise(bond_chunho, 1)
    Chun-ho wets the comb under the cold tap over the bucket and puts in a parting straight enough to lay a ruler along.
    Chun-ho: A parting says honest man. Juries love a parting.
    Da-do: We do not have juries.
    Chun-ho: Judges, then. Everybody loves a parting. And the bruise goes in the shadow of it, see?
* (took_socks) [Put on Man-beom's good socks.]
    ~ raise(bond_manbeom, 1)
    Man-beom holds out a pair of grey socks with no holes in them, rolled into a ball.
    Man-beom: My visiting socks. Nobody's visited. So they're clean.
    They are far too big. Yong-gu puts them on anyway, and wiggles his toes inside them so that Man-beom can see.
* (took_thread) [Hold out his wrist for Bong-shik's red thread.]
    ~ raise(bond_bongshik, 1)
    ~ Deeds += wore_the_thread
    Bong-shik ties a red thread round his wrist with three knots, muttering something over each one.
    Bong-shik: Red keeps bad things off. Mostly. It's never been tested in a court, so. Science.
* (took_collar) [Stand still while Yang-ho fixes his collar.]
    ~ raise(bond_yangho, 1)
    Yang-ho straightens the collar, and then straightens it again, although it was straight the first time.
    Yang-ho: Look at the judge. Not the floor, not the ceiling, not anybody in the seats. The judge.
-
# hide: chunho
# show: dado neutral left
They stand in a row to see him out, like a family at a bus stop.
Da-do: Short. True. Finished.
Yong-gu: Short. True. Finished.
-> ch4_trial

=== ch4_trial ===
# scene: courtroom_1997 fade
# music: court
# ambience: courtroom
# card: District Court, December 1997
# show: yonggu neutral left
# show: judge neutral center
# show: prosecutor neutral right
The courtroom is warmer than Room 7 and much less friendly. Reporters fill the side benches. In the third row of the public seats, in a dark coat, sits the commissioner.
{warden_doubt >= 2: Near the back, out of uniform, sits the warden. He has taken a day's leave to be here, and he sits like a man hoping nobody will recognise him.}
{Deeds ? wore_the_thread: Under his cuff, Yong-gu can feel Bong-shik's thread.}
Judge: The defendant will state his name.
* (said_name) [Give his name, as Da-do taught.]
    Yong-gu: Lee Yong-gu.
    {ch4_rehearsal.q1_good: Short, true and finished, exactly as the slipper-gavel taught him.|It comes out plain and clear, as Da-do wanted it.}
* [Give his name, and whose father he is.]
    Yong-gu: Lee Yong-gu. Ye-sung's dad.
    Someone in the press benches laughs and then stops. The judge writes down only the name.
- The prosecutor stands. The questions come, and they are the questions: Da-do was right about nearly all of them.
# show: prosecutor tense right
Prosecutor: Where were you on the afternoon Choi Ji-yeon died?
{rehearsal_score >= 4: The answer is there before he reaches for it: work, then the girl, then the other shop, in order, from the beginning. The prosecutor frowns at his notes.|The answer comes out in pieces, but they are the right pieces, and they come in the right order.}
Yong-gu: Going home from work. She said another shop has the yellow backpack. I went to see.
{ ch1_fled:
    -> fled ->
}
Prosecutor: Did you know the girl?
Yong-gu: One time. In the shop. With her father.
He should not have said father. Without meaning to, he looks at the third row.
# show: commissioner tense farright
The commissioner is looking back at him, and does not blink.
Prosecutor: Did you kill Choi Ji-yeon?
* [Answer as Room 7 taught him.]
    ~ tried_truth = true
    -> truth
* [Look at the commissioner.]
    {ch4_morning.took_collar: He looks, though Yang-ho told him not to.|He looks.} On the seat beside the commissioner lies a red knitted hat, a child's, small enough to hold in one palm. Yong-gu cannot tell whose it is. It does not matter whose.
    After that he cannot see anything else in the room.
    -> confession
* [Say the commissioner's words.]
    He doesn't look at anyone. He has carried the words in his mouth for two days, and now he only has to open it.
    -> confession
* {warden_doubt >= 2} [Look for the warden.]
    # show: warden sad farleft
    At the back, the warden has half risen from his seat. Their eyes meet. There is nothing a man can do from the back of a courtroom, and they both know it. The warden sits down again, slowly.
    -> confession

= fled
Prosecutor: I read from the arrest report, Your Honour. "When members of the public approached, the suspect attempted to flee the scene." Why did you run, Mr. Lee?
* [Say why he ran.]
    Yong-gu: Ye-sung was alone at home. She is six. I wanted to go home to her.
    A reporter writes down the last part, and not the first.
* [Say how far he ran.]
    Yong-gu: I did not run far. Three steps. Then I fell on the ice.
    Prosecutor: The ice again.
* [Look at the judge and say nothing.]
    He looks at the judge{ch4_morning.took_collar:, as Yang-ho told him to,} and waits for the next question. It does not come at once.
- Prosecutor: "The suspect attempted to flee the scene." I read it twice, Your Honour, so that the court has it.
->->

= truth
Yong-gu: No. She slipped on the...
He has practised this sentence more than forty times. The next word is ice. It is a small word. He knows it as he knows Ye-sung's shoe size.
In the third row, the commissioner moves one hand. Two fingers walk slowly along the wooden rail in front of him, the way a small child walks along a kerb on her way home from school.
And Yong-gu sees it. The river road. The crossing by the stationer's. A red hat. Ice on the crossing, shining, and a long black car at the corner with its engine running and its lights off.
Yong-gu: ...on the...
He cannot get to the word. It is there and he cannot reach it, like a high shelf when his arms are full.
Prosecutor: On the what, Mr. Lee?
The two fingers on the rail stop walking. They wait.
* (said_her_name) [Say it. Ice. Say the word.]
    He opens his mouth for ice. What comes out, very quietly, is his daughter's name. Only the clerk hears it, and she does not know what it is, and does not type it.
* (watched_fingers) [Watch the fingers on the rail.]
    He watches them. They do not move. They do not need to. They could start walking again at any time, along any kerb in the city.
-
Prosecutor: Let the record show the defendant began a denial and could not complete it.
The clerk types it: the half-sentence, the dots, the silence after. It goes into the record broken, where anyone who looked could find it.
{ch4_rehearsal.q6_silent: Da-do said silence is written down as yes. Yong-gu doesn't want them to write yes for him.|The silence stretches. Yong-gu doesn't want the silence to answer for him.} If it has to be yes, he will say it himself. Then the fingers on the rail will stop walking, and Ye-sung will walk home.
-> confession

= confession
# music: theme_yesung_sad
Yong-gu: I did it.
The courtroom changes its sound. Pens. A chair. One reporter says "there" under her breath, as if she had won something.
Then he says the rest as it was taught to him in the room with no window: every word in order, none of them his. The sentences are long, and he gets through them by breathing where nobody would normally breathe.
{ch4_rehearsal.q4_hands: Under the table his hands find each other, one palm over the other, as they did on Man-beom's chest, and press once, and stop.}
* (saw_detective) [Look at the benches while he speaks.]
    Behind the prosecutor, at the end of the bench, sits the young detective from the police station. He has a sheet of paper on his knee{ch4_commissioner.looked_paper:, in the square hand Yong-gu knows,} and his finger is moving along it, line by line, a word ahead of Yong-gu's mouth. When Yong-gu stumbles, the finger waits for him.
    The clerk types every word, and the paper on the detective's knee goes back into his pocket.
* [Look at the judge.]
    He looks at the judge the whole time. The judge looks at the record.
* [Shut his eyes, to get the words right.]
    He shuts his eyes. In the dark behind them the words are easier, because he cannot see anyone hearing them.
-
Yong-gu: I did it alone. Nobody told me to say this.
That is the last line of the commissioner's paper. {ch4_morning.took_collar: He says it looking at the judge, as Yang-ho told him, because it is the only instruction he has left that he can still obey.|He says it looking at the judge, because the judge is the only one in the room who might still be listening.}
# show: judge sad center
Judge: The court sentences the defendant, Lee Yong-gu, to death.
# sfx: gavel
Judge: The sentence will be carried out on the twenty-third of December.
{Past ? counted_to_birthday: Yong-gu knows the date without counting. He and Ye-sung counted to it on their fingers, for a cake.}
* (said_birthday) [Tell the court what the date is.]
    Yong-gu: That is Ye-sung's birthday.
    He does not say it to protest. He says it because it is a fact, and someone in the room ought to know it. The judge, gathering his papers, does not hear. The clerk does. She stops typing for a second, and then goes on.
* [Bow to the judge, as Da-do showed him.]
    He bows, low and careful, because Da-do said the court is owed respect whatever it does. The judge, who has just sentenced him to death, finds that he has to look down at his papers.
* [Look at the commissioner, to see if it was enough.]
    The commissioner is already buttoning his coat. He does not look back. That is the answer: it was enough.
- -> ch4_night

=== ch4_night ===
# scene: cell_night fade
# music: theme_yesung_sad
# ambience: prison_night
# show: yonggu sad center
# show: dado sad left
# show: yangho sad right
# show: bongshik sad farleft
# show: manbeom sad farright
Room 7 knows before the door is open. Man-beom is standing, as if for a guard. Chun-ho sits with his back to everyone, for once with nothing to say.
{
- rehearsal_score >= 4:
    Yang-ho: Ten days. You knew every answer.
- rehearsal_score >= 1:
    Yang-ho: Ten days. You had the ice right. Every time.
- else:
    Yang-ho: Ten days we sat on that floor with you.
}
{tried_truth: Word has come down the corridor ahead of him: he started to say no. He got as far as the ice.}
{ch4_trial.truth.said_her_name: Man-beom: The guard said you stopped in the middle. He said you said a name.}
{not ch4_trial.said_name: Bong-shik: The guard says you told the judge you're Ye-sung's dad. Good. Let him write that down somewhere.}
{
- ch4_bruises.recite.recited_aloud:
    Da-do has his law book open at the page on confessions. The guards have already told the cell what Yong-gu said in court. It is in the margin, in Da-do's pencil, word for word, dated two days ago.
- ch4_rehearsal.asked_home:
    Da-do sits with the envelope of questions in his lap. He said the right answers were for going home. He does not look up.
- ch4_rehearsal.thanked:
    Bong-shik: Good teachers, he said. Good teachers.
- else:
    Nobody knows what to do with their hands.
}
{ Exhibits !? confession_script:
    -> say_it_over
}
- (why)
Yang-ho: Why, Yong-gu? Why would you say it?
* (told_safe) [Give the one reason there is.]
    ~ Past += told_them_safe
    Yong-gu: Ye-sung is safe now.
    That is all he says, and it is enough. Yang-ho has been in enough rooms without windows to fill in the rest. He sits down on the floor, heavily, as if his legs had stopped belonging to him.
* [Apologise to his teachers.]
    Yong-gu: I'm sorry. You taught me well. I said it wrong.
    Man-beom: You didn't say it wrong. They made it wrong. That's different. Da-do, tell him that's different.
    Da-do: It is different.
* [Tell them what the date means.]
    Yong-gu: Twenty-three December is Ye-sung's birthday. She will be seven.
    {ch4_trial.confession.said_birthday: He said it in court too. Nobody there wrote it down.} Nobody here can answer it. Bong-shik counts the days on his fingers, and then hides his hands under his blanket.
- Late, when the others are lying down but not asleep, Yang-ho says into the dark, to nobody:
Yang-ho: Seven.
-> ch5

= say_it_over
Da-do opens his law book at the page on confessions and licks his pencil.
Da-do: Say it to me, son. What you said in there. All of it, as they gave it to you.
* (said_over) [Say it over for Da-do.]
    ~ Exhibits += confession_script
    # exhibit: confession_script
    Yong-gu says it over, every long word, "with intent", "fully aware of the consequences", breathing where nobody would breathe. Da-do writes it in the margin, with a stroke wherever he stops for breath.
    {ch4_trial.confession.saw_detective: At the bottom Da-do adds one line: a policeman in the court followed the words on a paper on his knee.}
    Da-do: Not one of these is yours. One day somebody will want to read them.
* [Say he doesn't want to say it again.]
    Yong-gu: I don't want to say it again.
    Da-do closes the book.
    Da-do: No. Of course you don't.
- -> why
