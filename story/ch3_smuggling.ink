// Chapter 3: Smuggling Ye-sung In. The plan; the choir; a night in Room 7; the warden finds her;
// the punishment cell; the fire; the warden's doubt; the daily visits.
// Sets (DRAFT2.md): Answers a_same_story (asked by the warden, he tells the ice in order, as always);
// Deeds trusted_manbeom (Man-beom carries her), told_the_backpack (he tells Chun-ho the backpack's story),
// covered_for_chunho (he takes the blame for Chun-ho's tin), saved_warden (he brings the warden back
// with his hands, counting), told_warden (the same answer); Memories song_taught; Exhibits drawing
// (kept), fire_report (earned: saved_warden or warden_doubt >= 3); Memories bread_shared when the roll was
// not kept in ch2 (this week's soft roll, kept in his pocket); one bond raise each in the plan
// (who carries her), the night (who keeps the drawing) and the found scene (whose blame he takes).
// Reads earlier chapters only through globals (Past, Deeds, Memories, ...). Adds to Past (globals.ink) for
// ch4/ch5: glanced_at_row, glanced_at_warden, river_song, chapel_song, met_chunho_first, and the visits'
// copied_her_letters, counted_to_birthday, did_her_hair, heard_whole_day.

=== ch3 ===
# chapter: 3 Smuggling Ye-sung In
# scene: training_court
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
# show: judge neutral right
Judge: Counsel. Guards, a warden, other prisoners: a great many people asked your father about the market. Did he ever tell it differently?
Ye-sung: Once, Your Honour. In court, with the commissioner in the third row.
Judge: And before that?
Ye-sung: The first man in authority who asked him inside those walls is sitting in this room.
* (looked_row) [Glance at the second row.]
    ~ Past += glanced_at_row
    { Past ? called_them_uncles:
        The uncles sit in a row, very upright, like boys outside a headmaster's office.
    - else:
        The five men sit in a row, very upright, like boys outside a headmaster's office.
    }
* (looked_warden) [Glance at the grey man at the end of the row.]
    ~ Past += glanced_at_warden
    Jang Min-hwan sits at the end of the second row, a little apart, his hat on his knee. He has not been a warden for years.
    { opening_look == "warden":
        He has been watching her all morning, steadily, like a man keeping an eye on something he has signed for. When the judge says "a warden", he closes his eyes.
    - else:
        He has not looked at her once since he came in. When the judge says "a warden", he does.
    }
* [Keep her eyes on the judge.]
    She keeps her eyes on the judge. Never perform for the gallery: the first rule she was taught. Under the table her hands hold each other tightly.
-
-> plan

= plan
# scene: cell_night fade
# card: Room 7. The same winter.
# ambience: prison_night
# music: room7
# show: yangho neutral center
# show: chunho happy right
# show: dado neutral left
# show: yonggu neutral farleft
# show: manbeom neutral farright
Room 7 meets in whispers, by a candle Bong-shik says is blessed and Chun-ho says is stolen from the chapel. Both are right.
Chun-ho: Concert in the chapel, Thursday. A children's choir. One of the schools is Ye-sung's.
Yong-gu: Ye-sung sings. She's loud.
Chun-ho: Good. Loud is hard to lose.
Da-do: For the record, this is insane.
Yang-ho: Noted. First job: the teacher has to let her go home with an uncle. Somebody gets word through the wall. It's your girl, Yong-gu. You say who.
* (word_chunho) [Trust Chun-ho. He knows how things get through walls.]
    { Past ? asked_about_letters:
        Chun-ho: You asked me once how a letter gets out. Now you find out. Two days, no cigarettes. This one's on the house.
    - else:
        Chun-ho: Two days. The quick way. Don't ask what it costs, because it's free, and I don't want it getting around.
    }
* (word_yangho) [Trust Yang-ho. His people outside owe him.]
    Yang-ho: A man comes to see me Tuesday. He'll go to the school in a good coat and say the right things. Nobody argues with that coat.
* (word_dado) [Trust Da-do to write the teacher a proper letter.]
    Da-do: A note from her uncle, in a hand the teacher will trust. I had a very respectable hand once. Judges used to compliment it.
    Chun-ho: Right before they sentenced you.
    Da-do: Even then.
+ [Let Yang-ho decide.]
    Yang-ho: Chun-ho does it. He'd do it anyway and charge us.
    Chun-ho looks, for a second, like a man who wanted to be asked.
-
Yang-ho: Second job. After the concert Room 7 carries the hymn books back to the store, in a box. She goes in the box. It'll be heavy, and it mustn't look heavy.
* (carry_manbeom) [Trust Man-beom. He could carry a piano like a loaf of bread.]
    # show: manbeom happy farright
    ~ raise(bond_manbeom, 1)
    ~ Deeds += trusted_manbeom
    Man-beom: I'll carry it like it's books. I'm good at pretending things are books.
* (carry_yangho) [Trust Yang-ho. Nobody searches the boss's box.]
    ~ raise(bond_yangho, 1)
    Yang-ho: Nobody looks in what I carry. Eleven years, not once.
* (carry_self) [Carry her himself. She is his.]
    Yong-gu: I will carry her. I always carry her.
    Da-do: Son, you'll be carrying that box with a face like Christmas morning. Every guard in the building will know.
    Yong-gu: I'll make a book face.
    He makes it. It is not a good book face. Yang-ho sighs and lets him.
+ [Let Yang-ho decide.]
    Yang-ho: Man-beom carries. He's the only one of us who won't drop her.
-
# hide: manbeom
# show: bongshik happy farright
Bong-shik says he will take care of the guards when the children file out, and will not say how. Yang-ho blows out the candle.
{ Past ? turned_his_shoes:
    In the dark, Yong-gu turns his shoes to face the door, and Bong-shik, who sees everything, turns his own to match.
- else:
    In the dark, nobody sleeps much. Yong-gu lies awake and practises the school-gate wave under his blanket.
}
-> chapel

= chapel
# scene: chapel
# music: choir
# ambience: stop
# particles: dust
# show: yonggu neutral left
# show: teacher neutral right
The chapel smells of floor polish and pine branches. Two hundred men in blue, guards along the walls, and at the front twenty children in white collars.
Yong-gu sees Ye-sung first. Second row, third from the left, mouth open wider than anyone's, her hair in the two bunches he taught himself to tie.
# show: yesung_child happy center
Then she sees him.
* (waved) [Wave, small, as at the school gate.]
    A small wave at the height of his chest. She waves back the same way without missing a note. They have done this a hundred times through the school railings.
* (shushed) [Put a finger to his lips.]
    Yong-gu puts a finger to his lips. Ye-sung's eyes go round, then narrow: she understands. She puts a finger to her own lips and goes on singing around it, which takes real skill.
* (called_name) [Say her name. He cannot help it.]
    Yong-gu: Ye-sung!
    # show: guard tense farright
    Heads turn. A guard steps off the wall. Bong-shik sneezes like a burst tyre and Chun-ho says amen, loudly, twice, until the guard decides it was all one noise. He watches the Room 7 row for the rest of the song.
    # hide: guard
-
The song ends, and the teacher looks at her list.
{
- ch3.plan.word_dado:
    Teacher: Lee Ye-sung goes home with her uncle afterwards. He wrote a very nice letter.
- ch3.plan.word_yangho:
    Teacher: Lee Ye-sung is collected by her uncle afterwards. A gentleman came to the school.
- else:
    Teacher: Lee Ye-sung is being collected afterwards. Her uncle telephoned.
}
She ticks something, and never knows she was part of a plan.
When the children file out, Bong-shik stands and announces, in a high clear voice, that his grandmother is in the organ pipes and would like a word. He points. Every head turns to the organ. Man-beom, who has no part at all, stands very still with his hands over his ears.
In the noise, a small girl in a white collar walks the wrong way down the side aisle, straight and quick, as if she has been told exactly where to go. She has.
* [Look at the organ, like everybody else.]
    Yong-gu looks at the organ, hard, as Yang-ho told him to. It is the most difficult thing he has done all year.
* (watched_her) [Watch her all the way to the door.]
    He cannot help it. He turns right round on his chair to watch her go, and at the end of the row a guard, bored of organs, turns to see what he is watching, and sees only a door swinging shut.
-
# hide: teacher
# hide: yesung_child
{ ch3.plan.carry_self:
    The box of hymn books goes back to Room 7 in Yong-gu's arms. He keeps his book face on all the way. Twice the box giggles. The second time, Bong-shik sneezes like a burst tyre, and the guard at the corridor gate frowns at him instead.
- else:
    { ch3.plan.carry_yangho:
        The box of hymn books goes back to Room 7 in Yang-ho's arms. Guards step aside for it. Nobody starts searching the boss today.
    - else:
        The box of hymn books goes back to Room 7 in Man-beom's arms, as if it weighs nothing at all. He talks to it all the way down the corridor, very softly, as to a kitten inside a coat.
    }
}
-> night

= night
# scene: cell_night
# music: theme_yesung
# ambience: prison_night
# show: yonggu happy left
# show: yesung_child happy center
The lid comes off and Ye-sung stands up in the box like a magic trick, hymn books sliding off her shoulders.
Ye-sung: Dad. You didn't brush your hair.
Then she is in his arms, and Room 7 looks at the walls.
{ Past ? cut_in_the_yard:
    She finds the bandage on his arm at once. Her face goes hard.
- else:
    She looks him over, as she checks his collar before he goes to work.
}
Ye-sung: Who here was mean to my dad?
Five grown criminals study the ceiling.
* (said_friends) [Stand up for Room 7.]
    Yong-gu: They're my friends. This is Room 7.
    Ye-sung: All of them?
    Yong-gu: All of them.
    Ye-sung looks round the room as if she is checking his sums. Then she nods, once. Room 7 lets out its breath.
    Chun-ho, who took Yong-gu's bread for two Sundays, and Bong-shik look at each other and then at the floor.
* (said_mean) [Tell her the truth, all of it.]
    Yong-gu: They were mean. Then they stopped.
    # show: yangho sad right
    Yang-ho: That's right. We were. We stopped.
    From Yang-ho, that is an apology. Ye-sung considers it like a judge.
    Ye-sung: Don't start again.
    Yang-ho: No, miss.
    # hide: yangho
-
Ye-sung: Who are they? Say their names. Properly.
- (circle)
{ circle > 5: -> song }
* (met_manbeom) [Man-beom, who has made her a chair out of his blanket.]
    # show: manbeom sad right
    Man-beom has folded his blanket into a chair. She sits on it like a queen. He kneels so their eyes are level, and then cannot think of one thing to say, and his eyes fill.
    Ye-sung: Why are you crying?
    Man-beom: It's the heater.
    Ye-sung: The heater isn't on.
    { Deeds ? bread_to_manbeom:
        Yang-ho: It wasn't last time either.
    - else:
        Man-beom: That's why. It's sad.
    }
    { Past ? said_goodnight_list:
        Man-beom: Your dad says goodnight to you. Every night. Lock the door, brush your teeth, don't sleep with the stove on. The whole list. I know it by heart now.
        Ye-sung reaches up and pats the big man's head, twice, as if he were a good dog.
    }
    # hide: manbeom
    -> circle
* (met_bongshik) [Bong-shik, who is nervous of children.]
    # show: bongshik tense right
    Bong-shik keeps his distance from her, as if she might be lucky or unlucky and he has not decided which.
    { Past ? turned_his_shoes:
        Then he sees her shoes by the box, and kneels, and turns them carefully to face the door.
        Bong-shik: So they walk you home. Your dad's been doing his every night. That's why you're here, if you ask me.
    - else:
        Then he takes a coin with a hole in it from round his neck, on a bit of string, and puts it over her head.
        Bong-shik: For luck. Mine's run out anyway. Might as well be yours.
    }
    Ye-sung: Thank you, Uncle Lucky.
    # show: bongshik happy right
    Bong-shik says it over under his breath, Uncle Lucky, like a man trying on a coat in a shop and finding it fits.
    # hide: bongshik
    -> circle
* (met_chunho) [Chun-ho, who has opened his biscuit tin.]
    ~ Past += met_chunho_first
    # show: chunho happy right
    Chun-ho opens the tin with a flourish and offers her one chocolate pie, the best thing in his whole shop.
    Ye-sung: Two.
    Chun-ho: Two?
    Ye-sung: One for me and one for my dad. He doesn't get chocolate in here, I can tell.
    Chun-ho gives her two. Then, after a moment, a third, for reasons he refuses to explain.
    Chun-ho: She's a businesswoman. She's going to ruin me. I love her.
    Chun-ho: So what does your dad want, then, businesswoman? When he gets out. What's he saving for?
    ** (told_backpack) [Tell Chun-ho about the yellow backpack: the colour, the price, the promise.]
        ~ Deeds += told_the_backpack
        Yong-gu: A yellow backpack. {Exhibits ? price_tag:Thirty-six thousand won.|More than twenty-one thousand won. I counted.} In the window by the market. I promised Saturday.
        Ye-sung: He did promise. I heard.
        Chun-ho says it over to himself, twice, as he does with any price worth remembering.
    ** [Let Ye-sung answer.]
        Ye-sung: He wants to come home. Obviously.
        Chun-ho: Obviously. What was I thinking.
    - - 
    # hide: chunho
    -> circle
* (met_dado) [Da-do, who has his law book open.]
    # show: dado happy right
    Ye-sung reads the title of Da-do's book upside down, and then the right way up, frowning.
    Ye-sung: Is that about judges?
    Da-do: Judges, lawyers, and how they ought to behave. Mostly they don't read it.
    Ye-sung: I'm going to be a lawyer. Then I'll read it.
    Da-do looks at her for some time without a word. Then he shows her how to find a page by its number, and lets her turn it.
    { Past ? gave_heater_to_dado:
        Then he gives her the warm spot by the heater, which is his now. He says his cough is better. It is not.
    }
    # hide: dado
    -> circle
* (met_yangho) [Yang-ho, who is pretending not to watch.]
    # show: yangho neutral right
    Ye-sung walks right up to the warm wall, which nobody does.
    Ye-sung: Are you the boss?
    Yang-ho: Who says?
    Ye-sung: You've got the warmest bit. At school the boss always has the warmest bit.
    { Past ? bowed_to_the_boss:
        Ye-sung: And my dad bows to you. He only bows to bosses.
    }
    # show: yangho happy right
    Yang-ho laughs out loud. Bong-shik drops his cards. Then Yang-ho crouches, and she climbs on his back, and the boss of Room 7 gives her a ride round the cell, very quietly, twice.
    # hide: yangho
    -> circle
+ [It is late. Let her rest.]
    Yong-gu: It's late, Ye-sung. Tomorrow is school.
    Ye-sung: Tomorrow is tomorrow.
    -> song

= song
# show: yonggu happy left
# show: yesung_child happy center
{ Memories ? bread_shared:
    Yong-gu unknots the corner of his blanket. The Sunday roll is as hard as a stone by now, the jam gone dark.
    Yong-gu: I kept it. For you.
    Ye-sung bites it. It nearly takes her tooth out. She eats all of it anyway, with great dignity, and gives him the last bite, because that is the rule at home.
    Chun-ho, who said it would be a rock, says nothing at all.
}
{ not (Memories ? bread_shared):
    -> rice
}
- (sing) Long past lights-out, Ye-sung is wide awake, and so, it turns out, is everybody else.
* (taught_them) [Ask Ye-sung to teach them the song from the chapel.]
    ~ Past += chapel_song
    She stands on Man-beom's blanket-chair and conducts with a pencil. Five criminals and her father sing the chapel song in a whisper, and she stops them every two lines, because Bong-shik is flat and Chun-ho is making up words.
    Ye-sung: Again. From the beginning. Properly.
    They do it again properly. By the fourth time, even Yang-ho knows the second verse.
    ~ Memories += song_taught
    # memory: song_taught
    Years later, five men in five different places will still know the second verse.
* (taught_her) [Ask the men to teach her a song of their own.]
    ~ Past += river_song
    Da-do knows one from the countryside, about a river and a girl who waits on the bank for a boat. His voice cracks on the high part. Man-beom takes it over, surprisingly sweet, and then all of them are in it, under their breath, and Ye-sung learns it in three goes.
    Ye-sung: That's a sad song.
    Da-do: The good ones are.
    ~ Memories += song_taught
    # memory: song_taught
    She sings it back to them all the way through, and gets the words right, and nobody in Room 7 can speak for a while.
* [Sing her to sleep with the song from home, just him.]
    Yong-gu sings the song he sings at home, the one with no real words, only a tune he made up when she was a baby and would not sleep. Ye-sung is asleep before the end.
    The men do not join in. They know it is not theirs. They lie in the dark and listen, and keep very still.
-
-> crayons

= rice
In the dark Ye-sung's stomach growls, loud as a dog. She came straight from school, and choirs are not fed.
* (gave_roll) [Give her the soft roll he kept from Sunday.]
    ~ Memories += bread_shared
    # memory: bread_shared
    It is the one soft roll of the week. He has kept it in his pocket since Sunday without knowing why, and now he knows. She eats it in Room 7, in the dark, and gives him the last bite, because that is the rule at home.
* [Ask Chun-ho if the shop is open.]
    Chun-ho: For her? The shop is always open. Nothing costs anything.
    She eats two of his biscuits and a dried squid, and calls it the best restaurant she has ever been to.
- -> song.sing

= crayons
# show: yonggu neutral left
# show: yesung_child happy center
{ song.taught_them || song.taught_her:
    After the singing, out come the crayons. She never goes anywhere without them.
- else:
    An hour later she is awake again, and out come the crayons. She never goes anywhere without them.
}
She draws Room 7: the heater a sun, six men holding hands with her in the middle, and over each a name in big careful letters. {night.met_yangho:Uncle Boss|Uncle Warm Wall}. {night.met_chunho:Uncle Shop|Uncle Biscuits}. {night.met_bongshik:Uncle Lucky|Uncle Over-There}. {night.met_manbeom:Uncle Cries|Uncle Big}. {night.met_dado:Grandpa Book|Grandpa}. Dad.
Ye-sung: It's for you. Keep it somewhere safe.
* (gave_dado) [Give it to Da-do to keep inside his law book.]
    Da-do slides the drawing between two pages of the law book, somewhere in the middle, where the presumption of innocence lives.
    ~ raise(bond_dado, 1)
    ~ Exhibits += drawing
    # exhibit: drawing
    Da-do: Nobody ever opens this book but me. It'll be safe here longer than any of us.
    He is right about that.
* (gave_yangho) [Give it to Yang-ho. Nobody searches the boss.]
    Yang-ho takes it as if it might go off. He folds it once, along a line that misses every face, and puts it inside his shirt.
    ~ raise(bond_yangho, 1)
    ~ Exhibits += drawing
    # exhibit: drawing
    Yang-ho: Nobody searches me. It stays with me.
    It stays with him.
* (gave_wall) [Stick it on the wall with grains of rice, where everyone can see.]
    Yong-gu sticks it to the wall above his spot with four grains of rice, one at each corner. In the dark, in the light of the corridor lamp, six crayon people hold hands over his bed.
* (gave_shirt) [Keep it inside his shirt, against his heart.]
    Yong-gu folds it small and puts it inside his shirt, against his chest, where he can feel the crayon through the cloth.
    Yong-gu: Here. Where I can hear it.
-
-> found

= found
# scene: cell_day
# ambience: prison_day
# music: tension
# show: yonggu tense left
# sfx: footsteps
The count comes early. Too early, and too many boots.
Da-do is on his feet at once. This is not the five o'clock round. This is somebody else.
{ ch3.chapel.called_name || ch3.chapel.watched_her || ch3.plan.carry_self:
    Yesterday somebody noticed something. It only takes one.
}
There is no time. Ye-sung has to go somewhere.
* (hid_blankets) [Under Man-beom's blankets. He will sit on the pile.]
    She goes under the blankets and Man-beom sits on the pile with a face of enormous innocence.
* (hid_box) [Back in the hymn-book box, lid down.]
    She goes into the box, lid down, and Chun-ho piles three hymn books on top, open, as if Room 7 has taken up religion overnight.
* (hid_yangho) [Behind Yang-ho. He is wide enough.]
    She stands behind Yang-ho at the warm wall, and Yang-ho stands very straight, and very wide.
-
# sfx: cell_door
# show: warden neutral right
# show: guard tense farright
The man in the doorway is not a guard. Grey coat, tired eyes, a face that has read a great many files: the warden, Jang Min-hwan, doing his own count.
Warden: Stand for the count.
Yong-gu is slow getting up; his knees are stiff from the floor.
* (looked_hiding) [Look where she is hiding.]
    He cannot help it. His eyes go to {hid_blankets:the pile of blankets|{hid_box:the hymn-book box|Yang-ho's broad back}}, and stay there. The warden's eyes follow his.
* (eyes_down) [Keep his eyes on the floor.]
    He looks at the floor as if nothing else were in the room, and holds his hands still at his sides.
- The guard gives him a shove to hurry him.
# show: yesung_child tense center
{ ch3.chapel.shushed:
    Ye-sung stays hidden for one whole second, finger on her lips, as she was shown in the chapel. Then the second is over.
}
{
- hid_blankets:
    The blankets erupt. Man-beom goes over sideways, and Ye-sung comes out of the pile with both fists up.
- hid_box:
    The lid flies off the box and hymn books go everywhere, and Ye-sung comes out of it with both fists up.
- else:
    Ye-sung comes out from behind Yang-ho, under his arm, before he can close it, both fists up.
}
Ye-sung: Don't push my dad!
{looked_hiding:Warden: You were looking at her before she moved, Mr. Lee. Whose child is this?|Warden: Whose child is this?}
* (took_blame) [Step forward and take all of it.]
    Yong-gu: Mine. She's Ye-sung. I did it. Only me.
    ~ raise(bond_yangho, 1)
    The warden looks at the five men behind him. None of them looks back. Every one of them knows it was not only him, and Yang-ho, whose plan it was, knows it best.
    Behind him, Man-beom makes a sound like a door that will not close.
* (let_yangho) [Let Yang-ho speak. He is already stepping forward.]
    Yang-ho: Mine. My idea. My people brought her in. He didn't know a thing.
    Warden: She called him Dad, So Yang-ho.
    It does not save Yong-gu, in the end. It only means two men go down the corridor instead of one. But Yang-ho walks the whole way with his chin up.
* (told_all) [Tell the warden the truth: the whole room planned it.]
    Yong-gu: All of us. It was Room 7's plan. Everybody helped.
    ~ lower(bond_yangho, 1)
    It is true, and he says it because it is true. The warden takes down all five names. Room 7 loses its yard, its Sunday bread and its heater for a month, and nobody in it says a word to Yong-gu for three days after he comes back.
* [Hold Ye-sung and say nothing.]
    Yong-gu kneels and holds Ye-sung, and says nothing at all. He does not know the right words, and he will not say the wrong ones.
    Warden: The father, then.
-
# show: guard tense farright
The guard turns out the blankets while the warden watches. Out of Chun-ho's comes the biscuit tin: chocolate pies, cigarettes, and a chapel candle burnt halfway down.
Guard: And whose is this?
Chun-ho has gone the colour of the wall. He has eight months left to serve. A tin like that is another six.
* (took_tin) [Claim the tin.]
    ~ Deeds += covered_for_chunho
    Yong-gu: Mine. The tin is mine.
    Warden: The candle too?
    Yong-gu: The candle too.
    The warden writes it down. Chun-ho stares at the back of Yong-gu's head as if something on it is written in a language he used to speak.
* [Look at Chun-ho.]
    Yong-gu looks at Chun-ho, because it is Chun-ho's tin, and everyone in the cell sees him do it.
    Chun-ho: Mine. Obviously. Write it down.
* [Say nothing about the tin.]
    Yong-gu says nothing. The guard puts the tin under his arm, and Room 7's only shop closes for good.
-
# hide: guard
# show: warden sad right
The warden looks at Ye-sung for a long moment: the white collar from the concert, the bunches coming loose, the fists still up.
{ ch3.crayons.gave_wall:
    Then he sees the drawing on the wall. He peels it off, rice and all, and looks at it for longer than a man looks at a thing he means to throw away. Six crayon men holding hands. {night.met_manbeom:Uncle Cries|Uncle Big}. Dad.
    He does not throw it away. He takes it with him.
    ~ raise(warden_doubt, 1)
}
Yong-gu is led to the door. He has time for one thing.
* [Ask the warden about the dark stairs.]
    Yong-gu: Please take her home safe. The stairs are dark. She's scared of the dark stairs, but she says she isn't.
    The warden blinks. A man on this charge, being taken to the punishment cell, and all he asks about is a staircase.
    ~ raise(warden_doubt, 1)
* [Take the blame in front of her.]
    Yong-gu: Don't be cross, Ye-sung. Not with anybody. It was Daddy's idea.
    Ye-sung: I'm cross with him.
    She points at the warden. The warden, who has been pointed at by judges and rioters, finds he has no answer for this.
* [Wave to her, small, the school-gate wave.]
    { chapel.waved:
        He gives her the school-gate wave, the one from the chapel. She gives it back, and her chin only shakes a little.
    - else:
        He gives her the school-gate wave, small, at the height of his chest. She gives it back, and her chin only shakes a little.
    }
-
-> solitary

= solitary
# scene: corridor fade
# music: theme_yesung_sad
# ambience: prison_night
# show: yonggu sad center
The punishment cell is the length of a man and has no window.
{ ch3.crayons.gave_shirt:
    They search him at the door, find the drawing inside his shirt, and drop it in the bin with the cigarette ends.
}
Three days, counted by the meals. On the third night they come to take him back, and the corridor smells of smoke.
-> fire

= fire
# scene: warden_office cut
# music: tension
# sfx: fire
# particles: embers
# show: yonggu tense left
Kerosene and burning paper. Smoke is coming out round the edges of the warden's door, thick and brown.
# sfx: alarm
The guard shouts and runs for the hose, and forgets he has a prisoner. Through the glass in the door Yong-gu can see a grey coat on the floor by the desk.
Somebody wanted the warden gone. Yong-gu does not think about that. There is a man on the floor.
* (jacket) [Soak his jacket in the fire bucket and throw it over his head.]
    He plunges his jacket in the red fire bucket by the wall, as the firemen did on television, and goes in under it.
* (handle) [Wrap his hand in his sleeve and open the door.]
    The handle is too hot to hold. He wraps his hand in his sleeve and holds it anyway.
* (shouted) [Shout for help. Then go in.]
    Yong-gu: Help! Man on the floor! Help!
    Nobody comes in time. He goes in.
-
# fx: flash
# sfx: fire
The room is orange and roaring. The filing cabinet's drawers hang open, and the papers in them are already black.
{ ch3.crayons.gave_wall:
    On the desk, among them, six crayon people holding hands curl up and go black. He sees it. He cannot stop for it.
}
He gets his arms under the warden and drags him out, and the corridor is full of smoke too, so he keeps going, to the cold air at the end.
# scene: prison_yard cut
# particles: snow
# show: yonggu tense left
# show: warden sad right
The warden lies in the snow and is not breathing.
* (did_cpr) [Push on his chest and count, like the man on television.]
    ~ Deeds += saved_warden
    One hand on the other, in the middle of the chest. Press, and count. Yong-gu did this once before, on the ice, for a girl in a red hat.
    Running boots. A guard comes round the corner and sees a prisoner kneeling on the warden's chest, pushing down, and raises his baton.
    # sfx: thud
    Then the warden coughs, and coughs, and drags in air, and lifts one hand.
    Warden: Leave him.
    He lies there looking up at Yong-gu's hands, still held ready. He has read that file.
    ~ raise(warden_doubt, 1)
* [Shake him and shout his name until he wakes.]
    Yong-gu: Warden! Wake up! Wake up, you have to wake up!
    He shakes him and shouts until his voice goes. At last the warden coughs, and drags in air, and stares up at the prisoner who will not stop shouting at him to live.
-
-> doubt

= doubt
# scene: infirmary
# music: theme_yesung_sad
# ambience: prison_day
# particles: none
# show: yonggu neutral left
# show: warden neutral right
The next morning the warden sits on the edge of an infirmary bed with a bandaged hand and soot still in the lines of his face. He sends the guard out of the room.
{ Past ? cut_in_the_yard:
    Yong-gu's hand is bandaged too. The warden looks at it, and at the older bandage on his arm from the yard, and at nothing else for a while.
- else:
    Yong-gu's hand is bandaged too. The warden looks at it, and at nothing else, for a while.
}
{
- fire.handle:
    The palm is the worst: the shape of a door handle, burnt through a sleeve.
- fire.jacket:
    His eyebrows are gone on one side, and his wet jacket froze in the yard; they had to cut it off him.
- else:
    When he speaks, his voice is a whisper. He used it all up in the corridor, shouting for help.
}
Warden: You could have left me. After I sent you to the box over your girl, most men would have.
* { fire.did_cpr } [Tell him where he learned to push on a chest.]
    Yong-gu: From the television. A man in a white coat. I did it for the girl in the market too. She didn't wake up.
    He says it without any weight at all. The warden goes very still.
    ~ raise(warden_doubt, 1)
* [Give him the plain reason.]
    Yong-gu: It was hot. You were inside. You can't stay inside a hot place.
    The warden waits for the rest of the reason. There is no rest of it. That is the reason.
* [Apologise for the rescue.]
    { fire.did_cpr:
        Yong-gu: Sorry if it hurt. I pushed hard.
        Warden: You did. I think you cracked a rib.
    - else:
        Yong-gu: Sorry if it hurt. I shook you hard. And I shouted very loud.
        Warden: You did. I can still hear it.
    }
    Yong-gu looks so stricken that the warden almost smiles.
-
Warden: I'll ask you once, and then I won't ask again. The child. In the market. Did you do it?
* (told_ice) [Tell him what happened on the ice, from the beginning.]
    ~ Answers += a_same_story
    ~ Deeds += told_warden
    ~ raise(warden_doubt, 1)
    Yong-gu: No. Ice. She ran. She fell. A brick fell, from up there. I pressed. Here. One hand on the other. To make her heart go again.
    He looks the warden in the eye while he says it, as Ye-sung taught him to when something is important. The warden has read the file. These are the words of the first statement, in the same order, with nothing added.
* [Answer with what he wants.]
    Yong-gu: I want to go home. To Ye-sung. She's by herself.
    It is not an answer. The warden writes nothing down, and does not ask again.
    ~ raise(warden_doubt, 1)
* [Say nothing. He has already read the paper.]
    Yong-gu looks at his bandaged hand and says nothing. The paper has already said it. In here the paper is bigger than the man.
    The warden lets the silence go on longer than he means to.
-
The warden has a form on his knee: the incident report, which he will have to sign. He writes slowly with his good hand.
* (asked_name) [Ask for his own name on it, for Ye-sung.]
    Yong-gu: Will you write my name? Ye-sung will want to know I was brave.
* (asked_room) [Ask for a good word for Room 7.]
    Yong-gu: Can you write that Room 7 are good men? They are.
    Warden: I write what I saw, and Room 7 was locked in Room 7.
* [Ask for nothing. Watch the pen.]
    Yong-gu asks for nothing. He watches the pen.
-
{ Deeds ? saved_warden || warden_doubt >= 3:
    ~ Exhibits += fire_report
    # exhibit: fire_report
    The warden writes: Lee Yong-gu, Room 7. Entered the burning office unprompted and carried the warden out. {asked_name:He turns the form round so that Yong-gu can see his name on it.}
    He signs it, dates it, and files it where files live for a long time.
- else:
    On the line marked rescuer, the warden writes: an inmate. {asked_name:He does not look up while he writes it.|{asked_room:He writes nothing about Room 7.}} He signs it, because that is what the form expects of him, and it goes into a drawer with a thousand others.
}
Warden: Your daughter.
Yong-gu: Ye-sung.
{ warden_doubt >= 2:
    Warden: Ye-sung. She may come after school. One hour, in my office, with a guard at the door. If anybody asks, it was my idea.
- else:
    Warden: Ye-sung. She may come after school. Twice a week, one hour, in my office, with a guard at the door. Don't make me regret it.
}
-> visits

= visits
# scene: cell_day
# music: room7
# ambience: prison_day
# show: yonggu happy left
# show: yangho happy right
# show: manbeom happy farright
# show: bongshik happy farleft
Room 7 hears the news before Yong-gu has finished walking down the corridor to tell them.
{
- ch3.found.took_blame:
    Yang-ho: You went down that corridor for all of us and never said a name. So. Everybody owes you now. Get used to it.
- ch3.found.told_all:
    Yang-ho: You gave him our names. All five.
    Chun-ho: It was the truth, boss. He doesn't know how to do the other thing.
    Yang-ho: I know. It's still a long month without the heater.
- ch3.found.let_yangho:
    Yang-ho: Three days in the box next to yours. You snore, did you know that? Like a ferry.
- else:
    Yang-ho: They took you and you didn't make a sound. Good. Now sit down by the heater.
}
# scene: warden_office
# music: theme_yesung
# show: yonggu happy left
# show: yesung_child happy right
After that, {warden_doubt >= 2:every day|twice a week, and then, without anyone saying so, every day} at four, Ye-sung comes to the warden's office, which smells of new paint and old smoke. The guard at the door does the crossword aloud and asks her for the words he cannot get.
* (did_homework) [Do her homework together. She teaches him her new letters.]
    ~ Past += copied_her_letters
    She does her homework on the table and makes him copy every new letter underneath hers. His are bigger and wobblier. She gives him a star for each one anyway, drawn in red, because she is a fair teacher.
* (counted_days) [Count the days to her birthday together.]
    ~ Past += counted_to_birthday
    They count the days to twenty-three December on her fingers and then on his. Ye-sung has already decided on the cake. Yong-gu says yes to everything about it, including the parts that are not possible in a prison.
* (did_hair) [Ask her who does her hair in the mornings now.]
    ~ Past += did_her_hair
    Ye-sung: Mrs. Ahn. She pulls. I told her you do it better, and she said then you'd better hurry up and come home.
    He takes her bunches out and does them again, properly, one higher than the other, while she eats his biscuit.
* (whole_day) [Ask her to tell him the whole day, even the boring bits.]
    ~ Past += heard_whole_day
    She tells him everything, the boring bits most of all: who sat where, what was in the soup, which girl cried and why. He listens to it like the news.
-
# show: warden neutral center
At night the warden reads Lee Yong-gu's case file again from the first page{warden_doubt >= 3:, three times,} looking for the place where it went wrong.
# hide: all
# music: stop
A date for the trial goes up on the guardroom board. Room 7 begins to count the days too.
* (asked_trial) [Ask Da-do about the trial.]
    ~ Past += asked_what_a_trial_is
    Yong-gu: What happens at a trial?
    Da-do: They ask you questions. They write down what you say, and keep it for ever.
    Yong-gu: Then I say it right.
    Da-do looks round the cell, at four men who each stood in a court once and said the wrong thing.
* (asked_her_there) [Think of Ye-sung, on the day.]
    ~ Past += asked_her_to_come
    Yong-gu: Can Ye-sung come? To watch me?
    Yang-ho: No children in court. But she'll hear how it went. So you'll say it right, and I'll have it out of you every night till you do.
- -> ch4
