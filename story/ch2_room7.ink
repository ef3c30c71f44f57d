// Chapter 2: Room 7. The prosecutor's question; the cell and its five men; the first supper and the
// first night (the ostracism, lived); the days; Sunday's bread; the knife in the yard; the favour.
//
// Sets (see DRAFT2.md): Answers.a_hands (supper: he shows them what his hands did);
// Deeds.told_the_backpack (days, Chun-ho), bread_to_manbeom / bread_to_dado (bread),
// stood_between (yard), asked_if_hurt (yard, after); Memories.bread_shared (bread, kept for Ye-sung).
// Bond raises (one per scene, for one act): bread (Man-beom or Da-do), favour (Yang-ho). The
// ostracism (supper, first night) raises nobody.
// Reads: ch1_signed, Exhibits ? price_tag.
// Adds to Past (globals.ink) for ch3: called_them_uncles, bowed_to_the_boss, said_goodnight_list,
// asked_about_letters, turned_his_shoes, cut_in_the_yard, gave_heater_to_dado. Other chapters read no label
// of this one.

=== ch2 ===
# chapter: 2 Room 7
# scene: training_court
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
# show: prosecutor neutral right
Prosecutor: The woman in the alley saw his hands on the child. So did the first constable through the crowd. Why were his hands on her?
Ye-sung: He answered that, Your Honour. Not to the police. To the men in the second row, on his first night in their cell.
# hide: prosecutor
# show: judge neutral right
Judge: Then name them, counsel.
* (named_file) [Name them as a file would: name, room, sentence.]
    Ye-sung: So Yang-ho. Choi Chun-ho. Kang Man-beom. Shin Bong-shik. And a man everyone has called Da-do for thirty years. In the winter of 1997, all five were serving sentences in Room 7.
    Nobody in the second row flinches.
* (named_uncles) [Name them as she did when she was six.]
    ~ Past += called_them_uncles
    Ye-sung: When I was six I called all five of them uncle. So Yang-ho, Choi Chun-ho, Kang Man-beom, Shin Bong-shik, and the one we called Da-do.
    She does not say that, the first week, they were nobody's uncles.
* (named_deed) [Name them, then say what they did first.]
    Ye-sung: So Yang-ho, Choi Chun-ho, Kang Man-beom, Shin Bong-shik, and the man called Da-do. On my father's first night, these men put him by the bucket and let him be beaten in the dark.
    In the second row, nobody looks up.
-
-> arrival

= arrival
# scene: cell_day fade
# card: Room 7. Winter 1997.
# ambience: prison_day
# music: tension
# sfx: cell_door
The door of Room 7 is green iron. The smell comes out first: wet wool, boiled barley, a kerosene heater that is never warm enough.
# show: yonggu tense center
Yong-gu holds his bundle in both arms: blanket, tin bowl, spoon. It is everything he has.
# show: yangho neutral right
Five men. One sits against the back wall by the heater, and does not get up.
* (spot_heater) [Go to the warm place by the heater.]
    It is the only warm place, so Yong-gu puts his bundle down in it.
    The room goes still. The man by the wall pushes the bundle off his floor with one foot, slowly, all the way to the bucket.
    Yang-ho: Mine. The floor, the heater, the air over the heater.
* (spot_door) [Stand by the door until someone says where.]
    At the car park somebody always tells him which space. Here nobody does. They let him stand until his arms ache, and watch him do it.
* (bowed) [Bow to the man by the heater. He must be the boss.]
    ~ Past += bowed_to_the_boss
    Yong-gu bows, deep and proper, bundle and all. His spoon rings on the floor.
    # show: chunho happy farright
    Chun-ho: Look at that. Found the boss first go.
    Yang-ho: Not hard. I'm the one sitting down.
-
-> arrival_charge

= arrival_charge
# show: chunho happy farright
# show: bongshik tense left
# show: manbeom neutral farleft
A thin man in the corner knocks on the floor three times. A huge one stops peeling a tangerine. An old man lowers a week-old newspaper.
Yang-ho: What are you in for?
* (said_innocent) [Say the true thing: he did not do a bad thing.]
    Yong-gu: I didn't do a bad thing. The police said get in the car.
    Chun-ho: Another innocent. This room's a church.
* (said_yesung) [Tell them about Ye-sung.]
    Yong-gu: I have to go home. Ye-sung is by herself. She is six. She can't reach the rice on the high shelf.
    The tangerine stops halfway to the big man's mouth.
* (said_paper) [Hold out the paper they gave him.]
    He cannot read the long words on it. The paper can.
-
# hide: bongshik
# show: dado neutral left
{ said_paper:
    Da-do: Give it here, son.
- else:
    Da-do: The paper in your bundle, son. They always send one. Give it here.
}
The old man reads it to himself. Then he reads one line aloud, in a clerk's flat voice.
Da-do: The charge is the murder of a child.
# music: stop
# show: yangho tense right
The tangerine falls on the floor. Nobody picks it up.
* (told_ice) [Tell them about the ice.]
    Yong-gu: She fell. On the ice. A brick fell. I did not do it.
    Da-do: That isn't what the paper says.
    Yong-gu: The paper is wrong.
    Every man in the room has said that about some paper. It does not help.
* (held_bundle) [Say nothing. Hold the bundle tighter.]
    There is nothing in his head the right shape for this. He looks at his spoon on the floor.
* (looked) [Look at each of them in turn, all the way.]
    One at a time, not hard. Chun-ho looks away first, then the old man. The big one does not look away at all. His eyes are wet and furious.
-
Yang-ho: Rules. Men in for that sleep by the bucket. They eat last. And they don't talk to me.
-> supper

= supper
# scene: cell_day
# show: yonggu neutral left
# show: chunho neutral right
# show: manbeom tense farright
# show: bongshik tense farleft
At five the slot drops open: rice, radish soup, barley tea. Chun-ho fills five bowls to the brim, turns the pot upside down over the sixth, and taps it. Four grains fall out.
Chun-ho: Last. There's four.
* (thanked) [Eat the four grains one at a time, and say thank you.]
    He eats them slowly, so they last, and bows a little toward the pot.
    Yong-gu: Thank you for the rice.
    Chun-ho looks at the pot as if it had said something rude.
* (asked_more) [Hold out the bowl. He is big, and hungry.]
    Yong-gu: I'm hungry. Big people need more rice.
    Chun-ho: She was small. How much did she need?
* (kept_grains) [Put the grains in his pocket, for later.]
    He picks the four grains out and pockets them. Later is a long time in here. He has worked that out already.
    Bong-shik: He's saving them. He thinks there's a later.
-
Chun-ho: Go on, then. What did you do to her? Big hands like that. Show us.
Man-beom puts his bowl down. He has not eaten a mouthful.
* (showed_hands) [Show them: one hand on the other, pressing, counting.]
    ~ Answers += a_hands
    Yong-gu kneels on the concrete, rolls his blanket into a long bundle, puts one hand on the other in the middle of it, and presses.
    Yong-gu: Like this. One, two, three, four. Like the man on television. To make her heart go.
    He counts to thirty, because the man counted to thirty. Nobody stops him.
    Man-beom watches the big hands on the blanket, and thinks of his own daughter, and his hands shake.
    Da-do: Who taught you that, son?
    Yong-gu: Television. I watched three times.
* (hid_hands) [Push his hands under his arms, out of sight.]
    He folds his arms and hides his hands, so nobody has to look at them.
    Chun-ho: See? He hides them. That's an answer.
* (said_didnt) [Say it: he did not hurt her.]
    Yong-gu: I didn't hurt her. I helped.
    Man-beom: Don't. Don't say her. Not with your mouth.
-
-> first_night

= first_night
# scene: cell_night fade
# ambience: prison_night
# show: yonggu sad center
The light goes out at nine. Yong-gu lies by the bucket.
Then feet in socks on the concrete. His blanket is pulled up over his face and held down at the corners, by more hands than two.
{
- supper.showed_hands:
    Man-beom: Show us again how you pressed.
- arrival_charge.told_ice:
    Man-beom: Ice, was it. Tell me about the ice.
- else:
    Man-beom: Say it. Say what you did.
}
* (counted) [Count. Ye-sung says to count when he is frightened.]
    Under the blanket he counts out loud: to twenty-three, her birthday, then from one again.
    The first fist comes at four. He keeps counting. After a while the counting is the only sound, and it is hard to go on hitting a man who is counting.
* (said_no) [Say no, every time they ask.]
    Yong-gu: No. I didn't.
    A fist. The question. The same answer, in the same words.
    By the seventh no the fists come slower. By the ninth the big hands let go of the corners.
    Chun-ho: He's too stupid to say yes.
    Man-beom does not answer him.
* (called_yesung) [Call for Ye-sung.]
    He calls her name under the blanket, as a child calls in the night when it has forgotten where it is.
    The hands stop. Nobody wants to be the one hitting a man who calls for his daughter.
    Bong-shik: Make him stop. That's how you call them in.
-
{ counted:
    Da-do: That will do. Some of us are old and need our sleep.
    After a while, it does.
- else:
    Da-do: Back to your blankets, all of you. Some of us are old and need our sleep.
}
Yong-gu lies with his arms round his head. The floor is cold through the blanket.
* (goodnight) [Whisper goodnight to Ye-sung, the whole list.]
    ~ Past += said_goodnight_list
    Yong-gu: Goodnight, Ye-sung. Lock the door. Brush your teeth. Don't sleep with the stove on. I'm coming.
    He says it to the wall, every word. In the dark a big man's breathing changes, and is held.
* (asked_why) [Ask the dark why.]
    Yong-gu: Why?
    Da-do: Because of a paper, son. In here the paper is bigger than the man.
    Yong-gu does not think a paper should be bigger than a man. He keeps that for the morning.
* (silent_night) [Keep still until morning.]
    He does not move again until the window goes grey. In the morning his face is a colour Ye-sung would cry at.
-
-> days

= days
# scene: cell_day
# ambience: prison_day
# show: yonggu neutral left
Days in Room 7 have a shape: count, rice, workshop, yard, count, lights-out. Nobody speaks to Yong-gu.
{ first_night.said_no: The fists stop after three nights. Nobody says why. }
{ first_night.counted: When the hands come at night, he counts. Some nights they give up before twenty-three. }
He speaks to them anyway, one at a time. Ye-sung says friends are like buttons: one at a time, from the top.
- (pick)
{ pick > 2: -> bread }
{ pick == 2: Another day. Another button. }
* (t_manbeom) [Man-beom, who has been threading a needle since breakfast.]
    # show: manbeom tense right
    The big man is mending his only socks. The thread goes everywhere but the eye. Yong-gu holds out his hand. Man-beom stares at it, and then, because the socks are his only pair, gives him the needle.
    Yong-gu threads it first time.
    ** (soup) [Tell him who threads the needles at home.]
        Yong-gu: Ye-sung does it for me. She has small fingers. She says, Dad, hold still, you're breathing on it.
        # show: manbeom sad right
        Man-beom's chin does something he cannot stop. That night he ladles Yong-gu's soup before his own, and does not look at him.
    ** (mb_quiet) [Give the needle back and say nothing.]
        Man-beom grunts, and mends the sock with his back turned. That night he does not get up when the others do.
    ** (mb_didnt) [Tell him again: he did not hurt that girl.]
        Yong-gu: I didn't hurt the girl.
        Man-beom: Don't. I've got one at home. Don't talk to me about a little girl.
        He turns his whole big back.
    --
    # hide: manbeom
    -> pick
* (t_chunho) [Chun-ho, who sells everything, even things that aren't his.]
    # show: chunho happy right
    Chun-ho runs a shop out of a biscuit tin: cigarettes, noodles, stamps, and one orange sweet he has sold and bought back all week.
    { supper.thanked: Chun-ho: Four grains, and he says thank you. You've ruined my digestion. }
    Chun-ho: Everything costs. What've you got?
    ** (told_backpack) [Tell him about the yellow backpack, all of it.]
        ~ Deeds += told_the_backpack
        Yong-gu tells it in order: the window, the yellow straps, the silver moon, the jar, Saturday.
        { Exhibits ? price_tag:
            Yong-gu: Thirty-six thousand won. The man wrote it for me.
        - else:
            Yong-gu: I don't know how much. More than twenty-one thousand. I counted.
        }
        Yong-gu: A man bought it. The last one. I have to find another shop.
        Chun-ho opens his mouth for something clever, and shuts it again.
    ** (letter) [Ask him how a letter gets out of here.]
            ~ Past += asked_about_letters
        Chun-ho: Official way, nine days and a guard reads it. The other way, two days and a packet of cigarettes.
        Yong-gu: I don't have cigarettes.
        Chun-ho: Then wait nine days like an honest man. Terrible system.
        He says it crossly. He also says which guard reads slowest.
    ** (chunho_scared) [Tell him what Ye-sung would say about him.]
        Yong-gu: You talk a lot. Ye-sung says people talk a lot when they're scared.
        Chun-ho's smile stays on, but only on the outside.
        Chun-ho: Go away.
        ~ lower(bond_chunho, 1)
    --
    # hide: chunho
    -> pick
* (t_bongshik) [Bong-shik, who knocks on the floor before he eats.]
    # show: bongshik tense right
    Yong-gu: Why do you knock?
    Bong-shik: So the floor knows I'm here. A floor forgets you, next thing you're under it.
    ** (knocked) [Knock three times with him.]
        Yong-gu kneels beside him and copies the rhythm exactly.
        # show: bongshik happy right
        Bong-shik: Now the floor knows you too. Don't tell the others.
    ** (charm) [Ask him for a charm to keep Ye-sung safe.]
            ~ Past += turned_his_shoes
        Bong-shik: Shoes. She turns her shoes to face the door at night. Then they walk her home.
        Yong-gu: I can't tell her. I'm in here.
        Bong-shik: Then you turn yours. It works backwards too. Probably.
        From that night, two pairs of shoes by the door of Room 7 point out.
    ** (ghosts) [Tell him about Ye-sung's ghost inspections.]
        Yong-gu: Ye-sung says there are no ghosts. She checked under the bed.
        Bong-shik: Your Ye-sung has never slept in a prison.
        He moves his blanket further away.
    --
    # hide: bongshik
    -> pick
* (t_dado) [Old Da-do, who reads everything, even the rice sacks.]
    # show: dado neutral right
    Da-do owns the only book in Room 7: a law book with a cracked spine and somebody else's name inside the cover.
    { supper.showed_hands: Da-do: Television, you said. Three times. I keep thinking about that. }
    ** (asked_words) [Ask him what the long words on the paper mean.]
        Da-do reads the sheet again, all of it. His eyebrows go up at the part about a statement.
        Da-do: It says you told them you did it. Did you sign something?
        { ch1_signed:
        - "thumb": Yong-gu: I stamped it with my thumb. Like a promise.
        - "asked": Yong-gu: I asked what it said. The man said, what you told us.
        - else: Yong-gu: I wrote my name. Each letter separate.
        }
        Da-do: Next time anybody gives you a paper, you bring it to me first.
    ** (dictated) [Ask him to write a letter to Ye-sung.]
        Yong-gu: Ye-sung. Daddy is fine. Eat rice, not only ramen. Don't open the door to anybody. I'm coming home. The end.
        Da-do: Ramen spelled properly, or the way you said it?
        Yong-gu: The way Ye-sung likes.
        He writes it, and does not charge him, which in Room 7 is a kind of speech.
    ** (read_book) [Ask him to read something from the book.]
        Da-do reads a page about how a man is not guilty until it is proved. Yong-gu likes that part very much.
        Da-do watches him like it, and closes the book a little too fast.
    --
    # hide: dado
    -> pick
* (t_yangho) [Yang-ho. He said not to talk to him.]
    # show: yangho tense right
    Yong-gu crosses to the warm wall. Every man in Room 7 stops what he is doing.
    Yang-ho: Did I say you could come over here?
    ** (loud) [Tell him who would like him.]
        Yong-gu: Ye-sung would like you. She likes big voices. They're easy to find in the market.
        Behind Yang-ho, Chun-ho makes a small strangled sound, a laugh he is saving for later.
        Yang-ho: Go back to your spot.
        He says it quietly, which for Yang-ho is nearly a conversation.
    ** (asked_stop) [Ask him for one thing.]
        Yong-gu: Please make them stop. At night.
        Yang-ho: Nobody in this room lifts a hand unless I say so.
        He hears it as he says it. So does everyone else.
    ** (warmed) [Say nothing. Hold his hands out to the heater.]
        Yong-gu holds his cracked hands to the heater. Yang-ho allows it for a count of ten. Then he jerks his chin, and Yong-gu goes.
    --
    # hide: yangho
    -> pick
+ [Talk to no one. Sit by the door and wait.]
    Yong-gu sits by the door with his knees drawn up, as he waits outside Ye-sung's school. Someone always comes out in the end.
    Nobody comes.
    -> bread

= bread
# scene: cell_day
# music: room7
# show: yonggu neutral center
# show: manbeom neutral right
# show: chunho neutral farright
# show: dado neutral farleft
{ days.asked_stop: Since he went to the warm wall and asked, nobody has touched him at night. }
On Sundays there is bread: one soft roll each, with a stripe of red the kitchen calls jam. For two Sundays Yong-gu's went to Chun-ho. This Sunday Chun-ho lets it stay in his hand.
Man-beom finishes his in two bites and looks a long time at the crumbs.
* (bread_mb) [Give all of it to Man-beom. He is still hungry.]
    ~ Deeds += bread_to_manbeom
    ~ raise(bond_manbeom, 1)
    # show: manbeom sad right
    Man-beom: What for?
    Yong-gu: You're bigger. Bigger needs more. It's only sums.
    { days.mb_didnt: Man-beom: You think bread makes us square? }
    He eats it slowly, looking at the wall, and afterwards says the heater makes his eyes run. The heater is not on.
* (bread_dado) [Give it to old Da-do, whose teeth can't manage the hard rice.]
    ~ Deeds += bread_to_dado
    ~ raise(bond_dado, 1)
    # show: dado happy farleft
    Da-do: Soft bread. Do you know how long since I ate something I didn't have to fight?
    He eats it with his eyes shut, then cleans his glasses much longer than they need.
    Da-do: That's a debt, son. I pay my debts.
* (bread_kept) [Wrap it up and keep it for Ye-sung.]
    ~ Memories += bread_shared
    He wraps the roll in a corner of his blanket and knots it.
    # memory: bread_shared
    Yong-gu: For Ye-sung. For when I see her.
    Chun-ho: It'll be a rock by then.
    Nobody laughs. Man-beom looks at the knot for a long time.
* (bread_ate) [Eat it. He is hungry too.]
    He eats it slowly, keeping the jam for last, as Ye-sung does. Chun-ho watches the last bite go with real grief.
-
-> yard

= yard
# scene: prison_yard
# ambience: snow
# particles: snow
# music: stop
# show: yonggu neutral left
# show: yangho neutral center
Snow in the yard. Two hundred men walk a slow circle to keep their feet alive. It bends round Yang-ho wherever he goes.
By the east wall stand men from the east block, who do not walk. One keeps his right hand up his left sleeve.
* (saw_snow) [Watch the snow. Ye-sung would catch it on her tongue.]
    He tips his head back. Ye-sung would say, that one's mine. He is choosing one for her when something moves fast at the edge of his eye.
* (saw_knife) [Watch the man with his hand in his sleeve.]
    The man walks wrong: head low, sideways, like a dog before it bites. Inside the sleeve is a spoon handle ground to a point.
* (saw_guard) [Watch the guard in the tower, who keeps checking his watch.]
    The guard looks at his watch, and the yard, and his watch, like a boy on the last day of school who knows when the bell will go.
-
# music: tension
# show: yangho tense center
The man from the east block moves, quick and low, straight at Yang-ho's back.
* (shout) [Shout Yang-ho's name as loud as he can.]
    Yong-gu: Yang-ho!
    Yang-ho half turns, and the point meant for his back goes through his coat. Then Yong-gu has the man from behind, holding on as to a ladder in the wind.
* (between) [Run, and put himself between them.]
    ~ Deeds += stood_between
    He is not fast, but he is big, and he does not stop. The point meant for Yang-ho opens Yong-gu's sleeve instead, and the arm under it. He does not let go of the man even then.
* (call_mb) [Call for Man-beom. He is the biggest.]
    Yong-gu: Man-beom! Help!
    # show: manbeom tense farright
    The big man comes like a falling wall. Yong-gu has the man's arm by then; Man-beom has the rest of him.
* (pulled_down) [Grab Yang-ho by the collar and pull him down.]
    Yong-gu sits down hard in the snow, taking the boss of Room 7 with him. The point goes through the air where Yang-ho's back was.
-
# sfx: alarm
Whistles. Boots. The man from the east block is dragged away.
{ saw_snow && not between: Yong-gu saw it late. The point caught his arm on its way past. }
{ saw_snow || between:
    ~ Past += cut_in_the_yard
}
{ saw_snow || between: His sleeve is dark to the elbow. He looks at it with mild surprise, as if it belonged to somebody else. }
{ saw_guard: In the tower, the guard puts his watch away. }
{ pulled_down:
    Yang-ho gets up out of the snow and looks at Yong-gu.
- else:
    Yang-ho looks at Yong-gu, and does not look away.
}
Yang-ho: Why? I let them put you by the bucket.
* (asked_hurt) [Ask about Yang-ho's back first.]
    ~ Deeds += asked_if_hurt
    Yong-gu: Did it go in? Your back.
    { pulled_down:
        Yang-ho pulls up his shirt: nothing. Not a mark.
        Yang-ho: My back? You're asking me about my back?
        Yong-gu: Good.
    - else:
        Yang-ho pulls up his shirt: a scratch the length of a finger.
        Yang-ho: That? You're asking me about that?
        Yong-gu: It's red.
    }
* (plain) [Say it plainly: Yang-ho was going to be hurt.]
    Yong-gu: You were going to be hurt.
    Yang-ho: Men get hurt in here every day. You don't go near a knife for them.
    Yong-gu: I do.
* { days.warmed } [Remind him of the heater.]
    Yong-gu: You let me warm my hands.
    Yang-ho: Ten seconds of heater. You don't pay for ten seconds of heater with a knife.
* (legs) [Admit he doesn't know why.]
    Yong-gu: I don't know. My legs went.
    Yang-ho: Clever legs.
-
-> favour

= favour
# scene: cell_night
# ambience: prison_night
# music: room7
# show: yonggu neutral left
# show: yangho neutral right
That night after lights-out the voice comes from the warm wall.
Yang-ho: You. Here. Sit.
{ arrival.spot_heater: It is the warm place Yang-ho pushed his bundle out of, the first day. }
{ yard.asked_hurt: Yang-ho: It's red, he says. I've been thinking about that all day. }
{ arrival_charge.said_yesung: Yang-ho: Ye-sung. The girl who can't reach the rice. }
Yang-ho: In here I pay what I owe. Nobody touches you again, that's free. What do you want? Cigarettes? A blanket? Name it.
* (asked_backpack) [Ask for the yellow backpack, for Ye-sung.]
    Yong-gu: The yellow backpack. With the silver moon.
    Yang-ho: A child's backpack. I don't even know where you...
    Yong-gu: No. Not the backpack. Ye-sung. I want to see Ye-sung.
* (asked_judge) [Ask him to tell the judge Yong-gu did not do it.]
    Yong-gu: Can you tell the judge? That I didn't.
    Yang-ho: A judge hears my name and adds five years to whoever's next to me. Something I can do.
    Yong-gu: Ye-sung. I want to see Ye-sung.
* (refused) [Say he wants nothing from the man who let them hit him.]
    ~ lower(bond_yangho, 1)
    Yong-gu: I don't want things from you. You let them hit me.
    Yang-ho's jaw works.
    Yang-ho: ...Fair.
    Then, because it is the truest thing he has, Yong-gu says it anyway.
    Yong-gu: One thing. I want to see Ye-sung.
-
# show: chunho tense farright
Chun-ho: She's outside. We're inside. That's the whole idea of a prison.
# show: manbeom sad center
Man-beom: He only wants to see his kid.
He says it so quietly that it ends the argument.
# hide: manbeom
Yang-ho: So Yang-ho doesn't say can't. Go to sleep. Here. The warm spot's yours.
* (spot_took) [Thank him, and sleep in the warm spot.]
    Yong-gu: Thank you.
    For the first time since the market he is warm all the way through, and he sleeps like a stone dropped down a well.
* (spot_back) [Give the warm spot back. It is the boss's.]
    ~ raise(bond_yangho, 1)
    Yong-gu: No. It's yours. Ye-sung says the boss gets the warm bit.
    He goes back to his place by the bucket. Yang-ho lies down slowly in his own spot, like a man handed back something he did not know he could lose.
* (spot_dado) [Think of old Da-do's cough.]
    ~ Past += gave_heater_to_dado
    Yong-gu: Can Da-do have it? He coughs at night.
    Yang-ho: Fine. Old man. Over here. Don't get used to it.
    Da-do: I'm old, boss. Getting used to things is all I've got left.
-
# hide: all
# music: stop
{
- favour.asked_backpack:
    Chun-ho lies awake working out where in Seoul a man could buy a yellow backpack with a silver moon on it.
- favour.asked_judge:
    Da-do lies awake with his law book under his head, thinking about judges.
- else:
    Yang-ho lies awake longest.
}
That night five men in Room 7 lie awake thinking the same impossible thought, and the sixth sleeps.
-> ch3
