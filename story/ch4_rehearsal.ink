// Chapter 4: The Rehearsal and the Confession (2013 interlude, then December 1997).
// Reads: bond_*, warden_doubt, total_bonds(), Memories (song_taught), ch3.song.taught_her, ch1_fled.
// Sets: rehearsal_score, tried_truth, Memories snow_angel, Exhibits confession_script (missable),
// bonds (each cellmate has raise chances here) and warden_doubt.
// Labels other chapters may read: ch4_morning.took_thread (Bong-shik's red thread, read in ch5),
// ch4_night.tore_script (the confession script was destroyed).

=== ch4 ===
# chapter: 4 The Rehearsal and the Confession
# scene: training_court fade
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
The clerk slides the bound record across the table: the hearing of December 1997, forty-one typed pages, from a machine whose letter e sat a little high.
Ye-sung: The prosecution relies on the defendant's own words, Your Honour. So will I.
She turns to a page she has read so often that its corner has gone soft. Her father's answer fills half of it. It has commas. It has the word "intent".
Her father never said intent in his life. He said want. He said want, and then what he wanted, and it was nearly always for her.
* [Read the answer aloud, exactly as it is typed.]
    She reads it in a level voice, every comma, every borrowed word. It sounds like what it is: a man reciting a stranger's sentence. When she finishes, nobody in the training court is writing.
* [Tell the bench how he really spoke.]
    # show: judge neutral right
    Ye-sung: My father spoke in short sentences, Your Honour. A subject, a verb, and usually me. This answer has a subordinate clause.
    Judge: The record is what it is, counsel.
    Ye-sung: Yes. That is my point.
* [Say nothing. Let the page lie open.]
    She lays the record open on the table and takes her hand away, as if the paper were hot. The silence lasts exactly as long as she decides it will.
- Ye-sung: Before he gave that answer, he practised other ones. Five men taught him, in a cell, for ten days. I would like the court to hear what he practised.
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
For the ten days before the trial, Room 7 is a courtroom.
The folded blankets are the judge's bench. Yang-ho's slipper is the gavel. The bucket in the corner, lid on and a towel over it, is the witness stand, and nobody is allowed to laugh about that either.
{bond_dado >= 3: Da-do has written the questions out in big square letters, one to a page, so that Yong-gu can follow them with his finger.|Da-do has the questions on the back of an old envelope, in writing so small he has to hold it at arm's length himself.}
{bond_yangho >= 3: Yang-ho has made one rule: nobody laughs unless Yong-gu laughs first. He says it twice, looking at Chun-ho.}
{warden_doubt >= 2: A slip from the warden's office has taken Room 7 off the workshop rota for ten afternoons. No reason is written on it.}
Da-do: Someone must play the prosecutor. The prosecutor is the man whose job is to make you say a wrong thing.
Yang-ho: The bad guy. Pick your bad guy, Yong-gu.
* (pick_dado) [Da-do. He knows the law.]
    ~ raise(bond_dado, 1)
    # show: dado happy left
    Yong-gu: Da-do. He reads the law books.
    Da-do takes off his glasses, polishes them on his sleeve and puts them on again, which is as close as he comes to looking pleased.
    Da-do: Forty years of reading, and my reward is to be the villain. Very well. Sit up straight.
* (pick_chunho) [Chun-ho. He talks fast.]
    ~ raise(bond_chunho, 1)
    # show: chunho happy farright
    Yong-gu: Chun-ho. He talks very fast. Faster than me.
    Chun-ho: Faster than anyone. I once talked a bank manager into... never mind. Objection! Sustained! Let's go.
    Da-do: Nobody objects to a question. Just ask them.
* (pick_yangho) [Yang-ho. He is the scariest.]
    ~ raise(bond_yangho, 1)
    # show: yangho happy right
    Yong-gu: Yang-ho. He is the scariest.
    Yang-ho looks round the cell to make sure everyone heard.
    Yang-ho: Correct. Good judge of character. Da-do, give me the paper.
- Man-beom sits by the door with his knees drawn up: he is the public. Bong-shik is the clerk, which means he holds the pencil and writes nothing down.
{
- pick_chunho:
    Chun-ho: Defendant! Your name, for the court, quickly, some of us have appointments.
- pick_yangho:
    Yang-ho: You. Name.
- else:
    Da-do: State your name for the court.
}
* (q1_good) [Lee Yong-gu.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: Lee Yong-gu.
    Da-do: Good. Short, true and finished. Most men cannot manage all three.
* [Ye-sung's dad.]
    Yong-gu: Ye-sung's dad.
    By the door, Man-beom makes a sound like a kettle starting.
    Da-do: Also true. But the court wants the name on the paper first. Be her father second. They will let you.
* [Room 7.]
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
* (q2_good) [Going home from work. She showed me another shop.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: Going home from work. The girl came. She said another shop has the yellow backpack. I went to see.
    Da-do nods, once for each part of it.
    Da-do: From the beginning, in order. That is how a true thing sounds.
* [I don't remember.]
    Yong-gu: I don't remember.
    Da-do: You remember the colour of the bus you took that morning. Never say you don't remember. They will write down: he is hiding something.
* [With her.]
    Yong-gu: With her.
    Chun-ho: Whoa. No. Start at the start, not at the worst part. Nobody tells a story from the end.
* [Looking at the yellow backpack.]
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
* (q3_good) [One time. In the shop, with her father.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: I saw her one time. In the shop. With her father. He bought the last yellow backpack.
    Da-do: One time. Keep the number. Numbers are hard to twist.
* [Yes. She was nice.]
    Yong-gu: Yes. She was nice. She smiled at me.
    Yang-ho's face goes dark, though not at Yong-gu.
    Yang-ho: They'll take "nice" and twist it. That's their job. Say how many times you saw her, and stop.
* [No.]
    Yong-gu: No.
    Da-do: That is not true, and they know it is not. A small lie is a door. They will walk a big one through it.
-
{
- pick_chunho:
    Chun-ho: And when she fell, Mister Lee, what exactly did you do? Exactly. Judges love exactly.
- pick_yangho:
    Yang-ho: She falls. Then what do you do.
- else:
    Da-do: When she fell, what did you do?
}
* (q4_good) [She did not breathe. I pushed on her chest to help.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: She fell on the ice. She did not breathe. I pushed here, like on television, to make her breathe. And I shouted. Nobody came fast.
    For a moment nobody in the cell says anything at all.
    Da-do: That is the answer. Say it exactly like that.
* (q4_hands) [Show them, with your hands.]
    ~ raise(bond_manbeom, 1)
    # hide: bongshik
    # show: manbeom sad farleft
    Man-beom lies down on the floor without being asked and folds his hands on his belly. Yong-gu kneels, puts one palm over the other, and presses, carefully, counting under his breath.
    Man-beom: He does it gentle. He does it right. If I fell, I'd want him there.
    Da-do: In court, the hands need words with them. But yes. Yes.
* [I don't know. I was scared.]
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
* (q5_good) [No. I wanted the backpack for Ye-sung. Only that.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: No. I wanted the backpack for Ye-sung. Only that. I was saving up.
    Chun-ho: How does he do that? I'd have argued for ten minutes and gone to prison.
    Bong-shik: You did go to prison.
* [He hit me.]
    Yong-gu: He hit me. In the shop. Here.
    Da-do winces, as if he were the one who was hit.
    Da-do: True. And all they will hear is a reason. Never hand them reasons.
* [A little angry. Then not angry.]
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
* (q6_good) [No. She slipped on the ice.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu: No. She slipped on the ice.
    Da-do lets out a breath he seems to have been holding for a week.
    Da-do: That is all. That is the whole case, and you just made it.
* [No! Shout it.]
    Yong-gu: NO!
    Bong-shik jumps so hard the pencil flies out of his hand.
    Yang-ho: Quieter. A judge thinks a loud man is a dangerous man. Say it like you'd tell Ye-sung the time.
* (q6_silent) [Look at the floor. Say nothing.]
    Yong-gu looks at the floor. The floor has nothing to say either.
    Da-do: Silence is written down as yes. Remember that, Yong-gu. In there, silence means yes.
* {Memories has song_taught} [Hum Ye-sung's song first. Then answer.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Yong-gu hums the first line of {ch3.song.taught_her:the river song, the one the cell taught Ye-sung|the chapel song, the one Ye-sung taught the cell}, and his shoulders come down from round his ears.
    Yong-gu: No. She slipped on the ice.
    Bong-shik: Whatever works. I'll be humming it in my head the whole day of his trial.
-
{total_bonds() >= 10:
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    They run it again, and again. Nobody gets bored, or if they do, nobody shows it. Five men who have never been patient with anyone are patient with him.
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
* [Thank them. They are good teachers.]
    Yong-gu: Thank you. You are good teachers.
    Nobody in Room 7 has been called a good anything for years. Bong-shik laughs too loudly. Chun-ho says "obviously". Yang-ho has to go and look out of the window for a while.
* [Ask to do it again tomorrow.]
    Yong-gu: Again tomorrow? I like it.
    Bong-shik groans and falls backwards onto his blanket.
    Yang-ho: Again tomorrow. And the day after. Till you can do it asleep.
* [Ask if right answers mean going home to Ye-sung.]
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
Every afternoon at four the warden walks Ye-sung in through the side gate himself, as if that made it a rule and not a favour.
It snows for the whole ten days. Ye-sung arrives in her red knitted hat, with red cheeks and her school bag bumping, and before anything else she inspects her father, like a mother checking a child back from playing.
Ye-sung: Have you eaten? Show me your hands. Cold. I knew it.
- (yard)
* [Lie down in the snow beside her.]
    ~ Memories += snow_angel
    # memory: snow_angel
    Ye-sung drops flat on her back and sweeps her arms and legs, and orders him to do the same. He lies down. The cold comes straight through his uniform. Above them the sky is white and falling.
    Ye-sung: Arms up AND down, Daddy. You're only doing up.
    He does up and down. When they stand, there are two angels in the yard, a big one and a small one, wing to wing.
    Yong-gu: The big one is Daddy. The small one is Ye-sung.
    Ye-sung: Their wings are touching. That means they're holding hands. That counts.
    -> yard
* [Let her ask you the practice questions.]
    ~ rehearsal_score = MIN(rehearsal_score + 1, 5)
    Ye-sung has a list as well, in crayon. She is stricter than Da-do.
    Ye-sung: Question one. Are you wearing socks?
    Yong-gu: Yes.
    Ye-sung: Question two. Did you kill the girl?
    By the wall, the warden turns his head.
    Yong-gu: No. She slipped on the ice.
    Ye-sung: Correct. Everybody knows that one. Except the police.
    -> yard
* [Throw a soft snowball at Room 7, over by the fence.]
    ~ raise(bond_bongshik, 1)
    # show: bongshik happy right
    Room 7 is out for exercise on the far side of the wire. Yong-gu packs a snowball that is mostly air and lobs it. It lands on Bong-shik's ear.
    Bong-shik: Snow on the ear in December! That's seven years of... something. I'll find out what.
    He throws one back and misses on purpose. It lands at Ye-sung's feet, and she declares war on the whole of Room 7 at once.
    -> yard
* [Wave the warden over, out of the cold.]
    ~ raise(warden_doubt, 1)
    The warden stands by the wall every day with his collar up, as if he were only there to count minutes.
    Yong-gu: Warden. Come. It is warm when you move.
    Warden: I'm on duty, Mr. Lee.
    He does not come. But that day, and every day after it, he does not look at his watch until twenty minutes past the time.
    {warden_doubt >= 3: Once, when Ye-sung isn't looking, he leaves his own scarf on the bench where she will find it.}
    -> yard
+ [Walk her back to the gate.]
    Ye-sung: Tomorrow at four. Practise. And don't say "I don't know".
    Yong-gu: Don't say I don't know.
    At the gate she turns round three times to wave, and the third time she walks backwards into the warden, who catches her without looking.
    -> ch4_commissioner

=== ch4_commissioner ===
# scene: interrogation cut
# music: tension
# ambience: stop
# particles: none
# show: yonggu tense left
# show: commissioner tense right
Two days before the trial, the guard who comes for Yong-gu after the visit does not take him back to Room 7.
He takes him down the administration corridor, to a room with one chair and no window, where a man in a dark coat stands with his back to the door. The warden is at a meeting in the city until evening. Somebody knew that.
The man turns round, and Yong-gu knows him: the shop, the bell over the door, the last yellow backpack going out under this man's arm.
On the table lies a school photograph of a girl with a crooked fringe.
Commissioner: Sit down.
* [Tell him you are sorry about Ji-yeon.]
    Yong-gu: I am sorry. About Ji-yeon. She was kind. She showed me the shop.
    It is the kindest thing anyone has said to the commissioner in weeks. In this room it is the worst thing that could be said.
* [Give him the practised answer.]
    Yong-gu: I didn't. She slipped on the ice.
    Commissioner: They've been teaching you. Good. You learn, then.
    He says it quietly, as if that were the thing he needed to find out.
* [Say nothing. Look at the photograph.]
    Yong-gu looks at the photograph, because it is the only soft thing in the room. The commissioner sees where he is looking.
    Commissioner: Don't you look at her.
- 
# sfx: thud
# fx: shake
What happens next is short, and the commissioner has done it before. The chair goes over. Then Yong-gu is on the floor, and the floor is cold, and he counts the tiles in front of his face, because counting is a thing he can do when nothing else is.
He gets to eleven. Then he starts again at one, because it is easier than eleven.
# show: commissioner neutral right
The commissioner crouches beside him and speaks at an ordinary volume, which is worse than shouting.
Commissioner: Your girl walks home from school along the river road. Over the crossing by the stationer's. Red hat.
Commissioner: The roads freeze, this time of year. Children slip. Nobody is ever to blame.
He lays a folded paper beside Yong-gu's hand.
Commissioner: This is what happened. You will learn it, and you will say it in court, every word. Nobody sees this paper. Then your girl grows up.
* [Ask if Ye-sung will be safe.]
    Yong-gu: Ye-sung will be safe?
    Commissioner: If you say it.
    It is the only question Yong-gu has, and he has been given the only answer.
* [Tell him it is not true.]
    Yong-gu: It is not true.
    Commissioner: It doesn't have to be true. It has to be said.
* [Take the paper.]
    Yong-gu's fingers are clumsy. The commissioner folds them round the paper for him, almost gently, the way you help a small child hold a spoon. Then he lets go as though his hand had been burnt.
- The commissioner reads it to him: once, then again, then again, until Yong-gu can say it back without the paper. Then he buttons his coat and leaves.
The guard who brought Yong-gu here does not look at him on the way back.
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
* [Say you fell on the ice.]
    Yong-gu: I fell. On the ice.
    It is the sentence he has practised, with a different person in it. It was true about her. It is not true about him, and every man in Room 7 has told that lie to a prison doctor once, and knows how it sounds.
    Yang-ho: Right. The ice.
* [Sit still, and let Yang-ho clean the cut.]
    ~ raise(bond_yangho, 1)
    Yong-gu sits down on his blanket and lifts his face. Yang-ho kneels and dabs at the cut with the wet corner of his own towel. His hands, which have broken things for a living, are very careful.
    Yang-ho: Hold still. You don't have to say. I know what a beating with no name on it looks like.
* [Tell them you can't say. For Ye-sung.]
    ~ raise(bond_dado, 1)
    Yong-gu: I can't say. For Ye-sung.
    Da-do looks at him for a long moment, then at the corner of paper showing from his pocket, then away, carefully, like a man choosing not to read someone else's letter.
    Da-do: Then someone has already told you what to say.
- That night Yong-gu lies with his face to the wall and moves his lips without a sound. Man-beom, awake on the next blanket, can hear only the rhythm of it: ten days of true answers in the daylight, and now, under a blanket, one long wrong one.
{rehearsal_score >= 4: He knows six true answers by heart. He is learning to lay one lie over all of them.}
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
On the morning of the trial, Room 7 gets him ready like a bridegroom. Chun-ho has a theory that the bruise will pass for a shadow if the hair is right.
- (dress)
* (took_comb) [Let Chun-ho comb your hair.]
    ~ raise(bond_chunho, 1)
    Chun-ho wets the comb under the cold tap over the bucket and puts in a parting you could lay a ruler along.
    Chun-ho: A parting says honest man. Juries love a parting.
    Da-do: We do not have juries.
    Chun-ho: Judges, then. Everybody loves a parting.
    -> dress
* (took_socks) [Put on Man-beom's good socks.]
    ~ raise(bond_manbeom, 1)
    Man-beom holds out a pair of grey socks with no holes in them, rolled into a ball.
    Man-beom: My visiting socks. Nobody's visited. So they're clean.
    They are far too big. Yong-gu puts them on anyway, and wiggles his toes inside them so that Man-beom can see.
    -> dress
* (took_thread) [Hold out your wrist for Bong-shik's red thread.]
    ~ raise(bond_bongshik, 1)
    Bong-shik ties a red thread round his wrist with three knots, muttering something over each one.
    Bong-shik: Red keeps bad things off. Mostly. It's never been tested in a court, so. Science.
    -> dress
* (took_collar) [Stand still while Yang-ho fixes your collar.]
    ~ raise(bond_yangho, 1)
    Yang-ho straightens the collar, and then straightens it again, although it was straight the first time.
    Yang-ho: Look at the judge. Not the floor, not the ceiling, not anybody in the seats. The judge.
    -> dress
+ [The guard is at the door. Go.]
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
{ch4_morning.took_thread: Under his cuff, Yong-gu can feel Bong-shik's thread.}
Judge: The defendant will state his name.
* [Lee Yong-gu.]
    Yong-gu: Lee Yong-gu.
    {ch4_rehearsal.q1_good: Short, true and finished, exactly as the slipper-gavel taught him.|It comes out plain and clear, the way Da-do wanted it.}
* [Lee Yong-gu. Ye-sung's dad.]
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
* [Answer the way Room 7 taught you.]
    ~ tried_truth = true
    -> truth
* [Look at the commissioner.]
    {ch4_morning.took_collar: He looks, though Yang-ho told him not to.|He looks.} On the seat beside the commissioner lies a red knitted hat, a child's, small enough to hold in one palm. Yong-gu cannot tell whose it is. It does not matter whose.
    After that he cannot see anything else in the room.
    -> confession
* [Say the words from the paper.]
    He doesn't look at anyone. He has carried the words in his mouth for two days, and now he only has to open it.
    -> confession
* {warden_doubt >= 2} [Look for the warden.]
    # show: warden sad farleft
    At the back, the warden has half risen from his seat. Their eyes meet. There is nothing a man can do from the back of a courtroom, and they both know it. The warden sits down again, slowly.
    -> confession

= fled
Prosecutor: I read from the arrest report, Your Honour. "When members of the public approached, the suspect attempted to flee the scene." Why did you run, Mr. Lee?
* [Ye-sung was alone at home.]
    Yong-gu: Ye-sung was alone at home. She is six. I wanted to go home to her.
    A reporter writes down the last part, and not the first.
* [I did not run far. I fell on the ice.]
    Yong-gu: I did not run far. Three steps. Then I fell on the ice.
    Prosecutor: The ice again.
* [Look at the judge and say nothing.]
    He looks at the judge{ch4_morning.took_collar:, as Yang-ho told him to,} and waits for the next question. It does not come at once.
- Prosecutor: "The suspect attempted to flee the scene." I read it twice, Your Honour, so that the court has it.
->->

= truth
Yong-gu: No. She slipped on the...
He has practised this sentence more than forty times. The next word is ice. It is a small word. He knows it the way he knows Ye-sung's shoe size.
In the third row, the commissioner moves one hand. Two fingers walk slowly along the wooden rail in front of him, the way a small child walks along a kerb on her way home from school.
And Yong-gu sees it. The river road. The crossing by the stationer's. A red hat. Ice on the crossing, shining, and a long black car at the corner with its engine running and its lights off.
Yong-gu: ...on the...
He cannot get to the word. It is there and he cannot reach it, the way you cannot reach a high shelf when your arms are full.
Prosecutor: On the what, Mr. Lee?
The two fingers on the rail stop walking. They wait.
Prosecutor: Let the record show the defendant began a denial and could not complete it.
The clerk types it: the half-sentence, the dots, the silence after. It goes into the record exactly like that, broken, where anyone who looked could find it.
{ch4_rehearsal.q6_silent: Da-do said silence is written down as yes. Yong-gu doesn't want them to write yes for him.|The silence stretches. Yong-gu doesn't want the silence to answer for him.} If it has to be said, he will say it himself, so that it is his to give, and Ye-sung's to keep.
-> confession

= confession
# music: theme_yesung_sad
Yong-gu: I did it.
The courtroom changes its sound. Pens. A chair. One reporter says "there" under her breath, as if she had won something.
Then he says the rest as it was taught to him in the room with no window: every word in order, none of them his. The sentences are long, and he gets through them by breathing where nobody would normally breathe.
Yong-gu: I did it alone. Nobody told me to say this.
That is the last line on the paper. {ch4_morning.took_collar: He says it looking at the judge, as Yang-ho told him, because it is the only instruction he has left that he can still obey.|He says it looking at the judge, because the judge is the only one in the room who might still be listening.}
# show: judge sad center
Judge: The court sentences the defendant, Lee Yong-gu, to death.
# sfx: gavel
Judge: The sentence will be carried out on the twenty-third of December.
* [Tell them that is Ye-sung's birthday.]
    Yong-gu: That is Ye-sung's birthday.
    He does not say it to protest. He says it because it is a fact, and someone in the room ought to know it. The judge, gathering his papers, does not hear. The clerk does. She stops typing for a second, and then goes on.
* [Bow to the judge, the way Da-do showed you.]
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
Room 7 knows before the door is open. Nobody is playing cards. Man-beom's face is already wet. Chun-ho sits with his back to everyone, for once with nothing to say.
{
- rehearsal_score >= 4:
    Yang-ho: Ten days. You knew every answer.
- rehearsal_score >= 1:
    Yang-ho: Ten days. You had the ice right. Every time.
- else:
    Yang-ho: Ten days we sat on that floor with you.
}
{tried_truth: Word has come down the corridor ahead of him: he started to say no. He got as far as the ice.}
The paper is still in his pocket, soft from folding. He doesn't need it any more. He knows it.
* [Give the paper to Da-do.]
    ~ Exhibits += confession_script
    ~ raise(bond_dado, 1)
    # exhibit: confession_script
    Da-do unfolds it under the corridor light and reads it once quickly, then again slowly, the way he reads law. His mouth goes thin.
    Da-do: This is not your hand. These are not even your words. You have never said "intent" in your life.
    He folds it in four and slides it into the spine of his old law book, between the binding and the board, where it doesn't show.
    Da-do: One day somebody will want to read this. I will keep it until then.
* [Give it to the warden on his night round.]
    ~ Exhibits += confession_script
    ~ raise(warden_doubt, 1)
    # hide: manbeom
    # show: warden sad farright
    # exhibit: confession_script
    The warden does the night round himself tonight. Yong-gu puts the paper through the bars into his hand without a word. The warden reads it by his torch, all the way to the end. Then he switches the torch off and stands in the dark for a while.
    Warden: I'll keep this. Not in my desk.
* [Hide it behind Bong-shik's loose brick.]
    ~ Exhibits += confession_script
    ~ raise(bond_bongshik, 1)
    # exhibit: confession_script
    Bong-shik's loose brick is low down behind the pipe. It has held dice, cigarettes, and a photograph of a woman nobody is allowed to ask about.
    Bong-shik: Lucky spot. Nothing I put there ever got found. Except the dice. That was a different brick.
    He pushes the brick home with his thumb and pats it twice, for luck.
* (tore_script) [Tear it up. The commissioner said nobody sees it.]
    He tears it in half, and in half again, and drops the pieces into the bucket in the corner. He does not know it was the only thing in the world that said, in somebody else's handwriting, that the words were not his.
    Da-do sees it happen too late to stop it, and says nothing, which is worse.
- Yang-ho: Why, Yong-gu? Why would you say it?
* [Tell him Ye-sung is safe now.]
    Yong-gu: Ye-sung is safe now.
    That is all he says, and it is enough. Yang-ho has been in enough rooms without windows to fill in the rest. He sits down on the floor, heavily, as if his legs had stopped belonging to him.
* [Say sorry. They taught well. He said it wrong.]
    Yong-gu: I'm sorry. You taught me well. I said it wrong.
    Man-beom: You didn't say it wrong. They made it wrong. That's different. Da-do, tell him that's different.
    Da-do: It is different.
* [Tell them the twenty-third is her birthday. She will be seven.]
    Yong-gu: Twenty-three December is Ye-sung's birthday. She will be seven.
    Nobody can answer that. Bong-shik counts the days on his fingers, and then hides his hands under his blanket.
- Late, when the others are lying down but not asleep, Yang-ho says into the dark, to nobody:
Yang-ho: Seven.
-> ch5
