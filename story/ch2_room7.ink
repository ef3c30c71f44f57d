// Chapter 2: Room 7. The cell and its five men; the first night; the days; Sunday's bread;
// the knife in the yard; the favour ("I want to see Ye-sung").
// Sets: bonds (all five cellmates), Memories.bread_shared.
// Labels later chapters may read (visit counts): ch2.arrival.said_yesung, ch2.arrival.bowed,
// ch2.first_night.goodnight, ch2.days.soup (Man-beom ladles his soup first), ch2.days.letter, ch2.days.charm, ch2.days.asked_stop, ch2.days.warmed,
// ch2.bread.bread_six, ch2.bread.bread_kept, ch2.yard.saw_guard, ch2.yard.call_mb, ch2.yard.between / ch2.yard.saw_snow (cut arm),
// ch2.favour.spot_dado, ch2.favour.spot_back.

=== ch2 ===
# chapter: 2 Room 7
# scene: training_court
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
The second row of the gallery leans forward all at once, the way a bus full of men leans when it brakes at the factory gate. Five men in jackets that fit them badly. They sit shoulder to shoulder and look at nobody but her.
# show: judge neutral right
Judge: Counsel. The gallery is not usually part of the record.
Ye-sung: With respect, Your Honour, this part of it should be. The defence may call some of them. I would rather the court knew their names before it hears their voices.
Judge: Briefly, then.
* (named_file) [Name them as a file would: name, room, sentence.]
    Ye-sung: So Yang-ho. Choi Chun-ho. Kang Man-beom. Shin Bong-shik. And a man whose own name appears on his release papers and almost nowhere else, because for thirty years everyone has called him Da-do. In the winter of 1997 all five were serving sentences in Room 7.
    She gives each sentence in years and months, flatly, as the prosecution would. Nobody in the second row flinches. The biggest of them nods, as if to say she has got it right. She has.
* (named_uncles) [Name them the way you did when you were six.]
    Ye-sung: When I was six I called all five of them uncle, because nobody told me what else you call men in blue uniforms who give you their blankets. For the record: So Yang-ho, Choi Chun-ho, Kang Man-beom, Shin Bong-shik, and the one we called Da-do.
    In the second row somebody blows his nose, loudly, and is elbowed for it.
* (named_deed) [Name them, then say what they did.]
    Ye-sung: So Yang-ho, Choi Chun-ho, Kang Man-beom, Shin Bong-shik, and the man called Da-do. In the winter of 1997 these five hid a six-year-old girl in their cell overnight, against every rule of that prison. I was the girl.
    # sfx: crowd
    The room stirs. The judge lets it settle before he speaks.
    Judge: The court will hear how in due course.
-
Ye-sung: It begins on the day my father was put in with them, Your Honour. They did not like him. They had been told why he was there.
She does not look at the second row again. She does not need to. She knows where each of them is sitting the way you know where the furniture is in the dark of the house you grew up in.
-> arrival

= arrival
# scene: cell_day fade
# card: Room 7. Winter 1997.
# ambience: prison_day
# music: tension
# sfx: cell_door
The door is green iron with a slot in it at the height of a face. When the guard swings it open the smell comes out first: wet wool, boiled barley, and a kerosene heater that has never once been warm enough.
# show: guard neutral farleft
Guard: New one for seven. Make room.
# show: yonggu tense center
Yong-gu holds his bundle in both arms: a grey blanket, a tin bowl, a spoon, a uniform with a number sewn over the heart. He carries it the way he carries Ye-sung home when she falls asleep on the bus. Carefully, because it is everything he has.
# hide: guard
# sfx: cell_door
# show: yangho neutral right
Five men. The one against the back wall, nearest the heater, does not get up. He has a face like a shop with its shutters down.
# show: chunho happy farright
Chun-ho: Look at the size of him. They've sent us a wardrobe.
# show: bongshik tense left
A thin man in the corner raps the floor three times with his knuckles and does not explain why.
Bong-shik: A Tuesday. You never take a new man on a Tuesday. Everybody knows that.
# show: manbeom neutral farleft
The biggest of them sits on his heels, peeling a tangerine with enormous, careful fingers. He stops peeling. By the window an old man lowers a newspaper that is at least a week old and looks over the top of his glasses.
Yang-ho: You. What are you in for?
* (said_innocent) [Say the true thing first: you did not do it.]
    Yong-gu: I did not do a bad thing. I came because the police said to get in the car.
    Chun-ho: Hear that? Another innocent. This room's a church. I'm innocent, he's innocent, the heater's innocent.
    Yang-ho does not laugh. He looks Yong-gu up and down the way a man reads a price tag.
* (said_yesung) [Tell them about Ye-sung.]
    Yong-gu: I have to go home soon. Ye-sung is by herself. She is six. She can't reach the rice on the high shelf.
    Nobody answers. The tangerine sits half-peeled in the big man's palm.
    Yang-ho: Who's Ye-sung?
    Yong-gu: My daughter. She is the best in her class at writing. She writes my name for me on forms.
    ~ raise(bond_manbeom, 1)
* (bowed) [Bow to the boss, the way you bow to the man who pays you.]
    Yong-gu bows, deep and proper, bundle and all. The spoon slides out of the blanket and rings on the floor.
    Chun-ho snorts. Yang-ho does not.
    Yang-ho: Well. At least he knows whose room it is.
    ~ raise(bond_yangho, 1)
* [Ask where you should put your blanket.]
    Yong-gu: Where do I sleep, please?
    Bong-shik: Ask the bucket. It's been lonely.
    Chun-ho laughs. Nobody else does, but nobody tells him to stop.
-
# hide: bongshik
# show: dado neutral left
Da-do: Give it here, son. The paper in your bundle. They always send a paper.
Yong-gu hands over the folded sheet from the police station. The old man reads it once to himself, and something slow happens in his face. Then he reads one line aloud, in a clerk's voice, because that is how such lines are meant to be read.
Da-do: The charge is the murder of a child.
# music: stop
The tangerine stops. The heater ticks. Chun-ho's grin goes out like a match in the wind.
# show: yangho tense right
Yang-ho: A child.
* (told_ice) [Tell them what happened on the ice.]
    Yong-gu: The girl fell. On the ice, in the alley. I pushed on her chest to make her heart go. Like the man on television. One hand on the other. I did it right.
    Da-do: That isn't what the paper says.
    Yong-gu: The paper is wrong.
    It is a thing every man in the room has said about some paper or other. It does not help.
* [Say nothing. Hold the bundle tighter.]
    Yong-gu says nothing. There is nothing in his head that fits the space they have left him. He holds the blanket tighter and looks at the floor, where the spoon still lies.
* (looked) [Look at each of them in turn, the way Ye-sung does when she wants the truth.]
    Yong-gu looks at them one at a time, not hard, just all the way. Chun-ho looks away first, then the old man. The big one does not look away at all; his eyes are wet and furious. Yang-ho holds on longest, and then turns his head and spits into the bucket.
-
Yang-ho: Rules of this room. Men in for that sleep by the bucket. They eat last, if there's anything left. And they don't talk to me.
He turns his face to the wall. The others follow, the way a room always follows.
-> first_night

= first_night
# scene: cell_night fade
# ambience: prison_night
# show: yonggu sad center
The light goes out at nine.
What happens after that happens in the dark, and quickly, and Yong-gu does not make a sound. Ye-sung told him once that when you are frightened you should count, so he counts: to twenty-three, because that is her birthday, and then from one again.
Somewhere in the dark, a dry old voice.
Da-do: That will do. Some of us are old and need our sleep.
After a while, it does.
Yong-gu lies by the bucket with his arms still round his head. The floor is cold through the blanket. At home, at this hour, he would be checking that the stove was off.
* (goodnight) [Whisper goodnight to Ye-sung, as you do every night.]
    Yong-gu: Goodnight, Ye-sung. Lock the door. Brush your teeth. Don't sleep with the stove on. I'm coming.
    He says it to the wall, quietly, the whole list, the way he says it at home. In the dark somebody's breathing changes: a big man, trying very hard not to make a noise.
    ~ raise(bond_manbeom, 1)
* (asked_why) [Ask the dark why.]
    Yong-gu: Why?
    For a long time nobody answers. Then the old man again, tired, not unkind.
    Da-do: Because of a paper, son. In here the paper is bigger than the man. Go to sleep.
    Yong-gu thinks about it. He does not think a paper should be bigger than a man. But it is late, so he keeps that for the morning.
    ~ raise(bond_dado, 1)
* [Count until you fall asleep.]
    He counts. Sixty-one, sixty-two. From the far corner a thin voice hisses that counting at night calls things, everybody knows that. So he counts on his fingers instead, without a sound, and somewhere past four hundred he sleeps.
-
-> days

= days
# scene: cell_day
# ambience: prison_day
# show: yonggu neutral left
Days in Room 7 have a shape. Count at six. Rice at seven. The workshop, gluing paper bags until your fingertips go shiny. The yard, if it is not snowing too hard. Count again. Lights-out.
Nobody speaks to Yong-gu. He speaks to them anyway: not a lot, and not to all of them at once. Ye-sung says you make friends one at a time, like doing up buttons.
- (pick)
{ pick > 2: -> bread }
{ pick == 2: Another day. Another button. }
* (t_manbeom) [Man-beom, who has been trying to thread a needle since breakfast.]
    # show: manbeom tense right
    The big man is mending his only pair of socks. The thread goes everywhere except the eye of the needle; his fingers were made for lifting sacks.
    Yong-gu sits down near him, not too near, and holds out his hand. Man-beom stares at the hand for a long time. Then, because the socks are his only pair, he puts the needle in it.
    Yong-gu threads it first try.
    ** (soup) [Tell him Ye-sung does this for you at home.]
        Yong-gu: Ye-sung does this for me at home. She has small fingers. She says, Dad, hold still, you're breathing on it.
        # show: manbeom sad right
        Man-beom takes the needle back. His chin does something he cannot stop.
        Man-beom: Small fingers. Yeah.
        He says nothing else all day. But that night, when the soup comes, he ladles Yong-gu's bowl before his own.
        ~ raise(bond_manbeom, 1)
    ** [Give the needle back and say nothing.]
        Yong-gu hands the needle back. Man-beom grunts, which might be thanks. He mends the sock with his back turned, and he does not, at least, tell anyone to move Yong-gu further from the heater.
    ** [Tell him you did not hurt that girl.]
        Yong-gu: I didn't hurt the girl.
        Man-beom's face closes like a fist.
        Man-beom: Don't. Don't talk to me about a little girl.
        He turns away with the needle, the sock and the whole of his big back.
    --
    # hide: manbeom
    -> pick
* (t_chunho) [Chun-ho, who sells everything, even things that aren't his.]
    # show: chunho happy right
    Chun-ho runs a shop out of a biscuit tin: cigarettes, instant noodles, stamps, and one orange sweet he has been selling and buying back all week.
    Chun-ho: The new man wants to shop? Everything costs. What've you got?
    ** (backpack_price) [Tell him about the yellow backpack, to the last won.]
        Yong-gu: There's a yellow backpack in a shop window. It has a girl on it with a star wand. It's for Ye-sung. I get paid on Saturday. I counted.
        He says the price, exactly, to the last won. He has said it to himself every night.
        Chun-ho opens his mouth for something clever, and shuts it again.
        Chun-ho: You know it to the won. Half the fathers in this place couldn't tell you their kid's birthday.
        Yong-gu: Twenty-three December.
        Chun-ho: Yeah. Like that.
        ~ raise(bond_chunho, 1)
    ** (letter) [Ask him how a letter gets out of here.]
        Yong-gu: How does a letter go out? To a little girl.
        Chun-ho brightens. Nobody has asked him a real question in weeks.
        Chun-ho: Now that's business. The official way takes nine days and a guard reads it first. The other way takes two and costs a packet of cigarettes.
        Yong-gu: I don't have cigarettes.
        Chun-ho: Then you wait nine days like an honest man. Terrible system.
        He says it crossly. He also tells Yong-gu which guard reads the slowest.
        ~ raise(bond_chunho, 1)
    ** [Tell him he talks a lot, and Ye-sung says that's what scared people do.]
        Yong-gu: You talk a lot. Ye-sung says people talk a lot when they're scared.
        The corner goes quiet. Bong-shik snorts into his sleeve. Chun-ho's smile stays on, but only on the outside.
        Chun-ho: Your Ye-sung should come and work my shop. Go away.
        ~ lower(bond_chunho, 1)
    --
    # hide: chunho
    -> pick
* (t_bongshik) [Bong-shik, who knocks on the floor three times before he eats.]
    # show: bongshik tense right
    Bong-shik knocks on the floor three times before every meal and every count, and twice, in a different rhythm, whenever a guard calls his number.
    Yong-gu: Why do you knock?
    Bong-shik: So the floor knows I'm here. A floor forgets you, next thing you know you're under it.
    ** [Knock three times with him.]
        Yong-gu kneels and knocks three times, the same rhythm exactly.
        # show: bongshik happy right
        Bong-shik looks at him as if he has pulled a coin out of his ear.
        Bong-shik: See? He gets it. Nobody in this room gets it. Now the floor knows you too. Now you're covered.
        ~ raise(bond_bongshik, 1)
    ** (charm) [Ask him for a charm to keep Ye-sung safe.]
        Yong-gu: Is there one for Ye-sung? So she is safe at home?
        Bong-shik considers it seriously. Nobody has ever asked him to be serious.
        Bong-shik: Shoes. Every night she turns her shoes to face the door. Then they walk her home, wherever she is. My gran swore by it.
        Yong-gu: I can't tell her. I'm in here.
        Bong-shik: Then you turn yours. It works backwards too. Probably.
        From that night on, two pairs of prison shoes by the door of Room 7 point out.
        ~ raise(bond_bongshik, 1)
    ** [Tell him Ye-sung says there are no ghosts.]
        Yong-gu: Ye-sung says there are no ghosts. She checked under the bed.
        Bong-shik: Your Ye-sung has never slept in a prison.
        He knocks four times, a brand new number, just for Yong-gu, and moves his blanket further away.
    --
    # hide: bongshik
    -> pick
* (t_dado) [Old Da-do, who reads everything, even the rice sacks.]
    # show: dado neutral right
    Da-do reads everything: last week's paper, the fire notice on the door, the printing on the rice sack, twice. He is the only man in Room 7 who owns a book, a law book with a cracked spine and somebody else's name inside the cover.
    ** (asked_words) [Ask him what the long words on your paper mean.]
        Yong-gu: What do they mean? The long words on my paper.
        Da-do takes the sheet again. This time he reads all of it, slowly, and his eyebrows go up once, at the part about a statement.
        Da-do: It means they think they have you. Listen. If anybody gives you another paper to sign, you don't sign it. You bring it to me. Understood?
        Yong-gu: Bring it to Da-do.
        Da-do: Good. You're already a better client than most I've had.
        ~ raise(bond_dado, 1)
    ** (dictated) [Ask him to write a letter to Ye-sung for you.]
        Yong-gu: Can you write a letter? I say it, you write it.
        Da-do finds a pencil stub and the back of a canteen form.
        Yong-gu: Ye-sung. Daddy is fine. Eat rice, not only ramen. Go to school. Don't open the door to anybody. I'm coming home. The end.
        Da-do: You want ramen spelled properly, or the way you said it?
        Yong-gu: The way Ye-sung likes.
        The old man writes it. He does not charge him, which in Room 7 is a kind of speech.
        ~ raise(bond_dado, 1)
    ** [Ask him to read you something from the book.]
        Yong-gu: Can you read me the book?
        Da-do: It's a law book, son. It would put a horse to sleep.
        He reads a page anyway, in a dry voice, about how a man is not guilty until it is proved. Yong-gu understands that part and likes it very much. Da-do, watching him like it, closes the book a little too fast.
    --
    # hide: dado
    -> pick
* (t_yangho) [Yang-ho. He said not to talk to him.]
    # show: yangho tense right
    Yong-gu crosses the cell to the warm wall. Every man in Room 7 stops what he is doing. Nobody crosses to the warm wall.
    Yang-ho: Did I say you could come over here?
    ** [Tell him Ye-sung would like him: she likes loud men.]
        Yong-gu: Ye-sung would like you. She likes people with big voices. She says they're easy to find in the market.
        Yang-ho opens his mouth and finds nothing ready in it. Behind him Chun-ho makes a small strangled sound, a laugh he is saving for later.
        Yang-ho: Go back to your spot.
        But he says it quietly, which for Yang-ho is nearly a conversation.
        ~ raise(bond_yangho, 1)
    ** (asked_stop) [Ask him to make them stop, at night.]
        Yong-gu: Please make them stop. At night.
        Yang-ho: Nobody in this room lifts a hand unless I say so.
        He hears it as he says it. So does everyone else. He looks away first, at the heater, as if the heater has done something.
        Yang-ho: Go back to your spot.
    ** (warmed) [Say nothing. Warm your hands at his heater a moment.]
        Yong-gu holds his hands out to the heater. They are cracked from the cold. Yang-ho watches him do it and lets him, for a count of ten. Then he jerks his chin, and Yong-gu goes.
    --
    # hide: yangho
    -> pick
+ [Talk to no one. Sit by the door and wait.]
    Yong-gu sits by the door with his knees drawn up and waits, the way he waits outside Ye-sung's school: patiently, because someone always comes out in the end.
    Nobody comes. Days go by like that.
    -> bread

= bread
# scene: cell_day
# music: room7
# show: yonggu neutral center
# show: manbeom neutral right
# show: chunho neutral farright
# show: bongshik neutral left
# show: dado neutral farleft
{ days.asked_stop: Since the day he went to the warm wall and asked, nobody has touched Yong-gu at night. Nobody says why. }
On Sundays there is bread: one soft roll each, still faintly warm, with a stripe of something red in it that the kitchen calls jam. It is the best thing that happens all week.
For two Sundays Yong-gu's roll went to Chun-ho, who took it without asking. This Sunday Chun-ho looks at it, and at Yang-ho, and lets it stay in Yong-gu's hand.
Man-beom finishes his in two bites and then looks for a long time at the crumbs in his palm.
* (bread_six) [Tear it into six pieces and pass them round.]
    Yong-gu tears the roll into six, as near the same size as he can manage, and holds out the first piece.
    # show: bongshik tense left
    Bong-shik: What's this? What's he doing? Is it a curse?
    Yong-gu: It's bread.
    Chun-ho takes his piece the way he takes everything, quickly, before it can change its mind. Man-beom holds his in his palm as if it might bruise. Da-do says thank you, which nobody in Room 7 has said to Yong-gu before.
    The last piece, the end with the most jam, he carries to the warm wall.
    Yang-ho: I don't eat from a man like you.
    Yong-gu puts it on the corner of Yang-ho's blanket anyway, the way he leaves a biscuit on Ye-sung's pillow when she is sulking, and goes back to his spot. When he looks again, much later, the piece is gone. Nobody saw Yang-ho eat it.
    ~ Memories += bread_shared
    ~ raise(bond_chunho, 1)
    ~ raise(bond_manbeom, 1)
    ~ raise(bond_bongshik, 1)
    ~ raise(bond_dado, 1)
    # memory: bread_shared
    Five pieces of bread is not very much. In Room 7 that Sunday it is an earthquake.
* (bread_mb) [Give all of it to Man-beom. He is still hungry.]
    Yong-gu holds the roll out to Man-beom.
    # show: manbeom sad right
    Man-beom: What? No. What for?
    Yong-gu: You're bigger. You need more bread. It's only sums.
    Man-beom takes it in both hands. He eats it very slowly, looking at the wall, and when he has finished he wipes his face with his sleeve and says it's the heater.
    ~ Memories += bread_shared
    ~ raise(bond_manbeom, 2)
    # memory: bread_shared
    The heater is not on.
* (bread_dado) [Give it to old Da-do, whose teeth can't manage the hard rice.]
    Yong-gu takes the roll to the window and puts it in the old man's hands.
    # show: dado happy farleft
    Da-do: Soft bread. Do you know how long it's been since I had something I didn't have to fight?
    He eats it in small pieces, with his eyes shut. Afterwards he takes off his glasses and cleans them for much longer than they need.
    ~ Memories += bread_shared
    ~ raise(bond_dado, 2)
    # memory: bread_shared
    Da-do: Thank you, son. That's a debt. I always pay my debts. Ask anyone. Well, ask anyone still alive.
* (bread_kept) [Wrap it up and keep it for Ye-sung.]
    Yong-gu wraps the roll in a corner of his blanket and ties a knot in the corner.
    Yong-gu: For Ye-sung. For when I see her.
    Chun-ho: It'll be a rock by then. You could build a wall with it.
    Nobody laughs, though. Man-beom looks at the knotted corner of the blanket for a long time.
* [Eat it. You are hungry too.]
    Yong-gu eats it slowly, saving the jam for last, the way Ye-sung does. It is very good bread.
    Nobody says anything. Nobody expected anything else. Chun-ho watches the last bite go with real grief.
-
-> yard

= yard
# scene: prison_yard
# ambience: snow
# particles: snow
# music: stop
# show: yonggu neutral left
# show: yangho neutral center
# show: bongshik happy right
Snow in the yard. Two hundred men in blue walk in a slow circle to keep their feet from freezing, and the circle bends itself around Yang-ho wherever he goes. Bong-shik walks at his elbow, telling a joke about a monk and a goat that he has told every day for a week.
Over by the east wall stand the men from the east block, who do not walk in the circle. One of them keeps his right hand up his left sleeve.
* (saw_snow) [Watch the snow. Ye-sung would try to catch it on her tongue.]
    Yong-gu tips his head back. The flakes come down grey against the sky and white against the wall. Ye-sung would count them; Ye-sung would say that one's mine, and that one's yours. He is choosing one for her when something moves fast at the corner of his eye.
* (saw_knife) [Watch the man by the wall with his hand in his sleeve.]
    Yong-gu watches him because he is walking wrong: head low, sideways, the way a dog walks before it bites. The sleeve shifts. There is something thin and grey inside it, a spoon handle ground to a point on concrete.
* (saw_guard) [Watch the guard on the wall, who has turned his back.]
    The guard on the wall has turned round to light a cigarette, very slowly, facing away from the yard, and he does not turn back. Yong-gu has seen children do that at hide-and-seek, when someone has told them where not to look.
-
# music: tension
# show: yangho tense center
The man from the east block is moving, quick and low, straight at Yang-ho's back.
* (shout) [Shout Yang-ho's name as loud as you can.]
    Yong-gu: Yang-ho!
    It is the loudest sound anyone has heard in the yard all winter. Yang-ho half turns; the point meant for his back goes through his coat instead. By then Yong-gu is there, arms round the man from behind, holding on the way he would hold a ladder in the wind.
    Bong-shik, who was standing exactly where the point would have gone next, sits down in the snow and stays there, knocking on the ground with both fists.
    ~ raise(bond_bongshik, 1)
* (between) [Run, and put yourself between them.]
    Yong-gu runs. He is not fast, but he is big, and he does not stop. The point meant for Yang-ho opens Yong-gu's sleeve instead, and the arm under it, and he does not let go of the man even then.
* (call_mb) [Call for Man-beom. He is the biggest.]
    Yong-gu: Man-beom! Man-beom, help!
    # show: manbeom tense farright
    Across the yard the big man turns, sees, and comes like a falling wall. Yong-gu has the man's arm by then; Man-beom has the rest of him. Between them he goes down into the snow and stays there.
    ~ raise(bond_manbeom, 1)
* (wrist) [Grab his wrist with both hands, and hold on.]
    Yong-gu gets both hands round the man's wrist and holds on, the way he held Ye-sung's hand on the ice outside the bus stop: not hard enough to hurt, far too hard to let go. The point stops a finger's width from Yang-ho's coat.
-
# sfx: alarm
Whistles. Boots. The guard on the wall discovers that he can turn round after all. The man from the east block is hauled away through the snow, shouting things nobody writes down.
~ raise(bond_yangho, 1)
{ saw_snow && not between:
    He saw it late, because he was choosing a snowflake for Ye-sung, and in the struggle the point caught his arm on its way past.
}
{ saw_snow || between:
    Yong-gu's sleeve is dark and wet to the elbow. He looks at it with mild surprise, as if it belongs to somebody else.
- else:
    Yong-gu is not hurt. He is shaking, a little, but that is the cold.
}
{
- shout:
    Yang-ho stands in the snow looking down at the hole in his coat, and then at Yong-gu, for a long time. He does not say anything at all.
- between:
    Yang-ho stands in the snow looking at Yong-gu's sleeve, where the point went in instead of him, for a long time. He does not say anything at all.
- else:
    Yang-ho stands in the snow with one hand on the back of his coat, where nothing went in, looking at Yong-gu for a long time. He does not say anything at all.
}
{ saw_guard:
    Back in the cell, Yong-gu tells Da-do about the guard who turned his back. The old man's eyes go narrow.
    Da-do: Somebody bought that guard a long look at the sky. You notice things, son. Don't let anyone tell you otherwise.
    ~ raise(bond_dado, 1)
}
-> favour

= favour
# scene: cell_night
# ambience: prison_night
# music: room7
# show: yonggu neutral left
# show: yangho neutral right
That night, after lights-out, the voice comes from the warm wall.
Yang-ho: You. Come here.
Nobody in Room 7 is asleep. Everybody is pretending very hard.
Yang-ho: Sit. Not there. Here.
Here is the spot by the heater. Yong-gu sits in it. It is so warm that his hands hurt.
{ yard.saw_snow || yard.between: Yang-ho looks at the bandage on Yong-gu's arm, which the infirmary tied too tight, and loosens it without asking. }
{ arrival.said_yesung:
    Yang-ho: Ye-sung. That's the girl who can't reach the rice.
}
Yang-ho: Why did you do it? You don't owe me. I owe you, if anything. Other way round.
* [Say it plainly: he was going to be hurt.]
    Yong-gu: You were going to be hurt.
    Yang-ho: Men in here get hurt every day. You don't run at a knife for them.
    Yong-gu: I do.
    Yang-ho has nothing to say to that. He turns it over like a coin he can't place.
* [Tell him Ye-sung's rule: you help people, even the mean ones.]
    Yong-gu: Ye-sung says you help people. Even the ones who are mean to you. That's the rule.
    Somewhere in the dark Chun-ho snorts, and smothers it.
    Yang-ho: Your daughter has a lot of rules.
    Yong-gu: Fourteen. She wrote them on the wall by the door.
* { days.warmed } [Tell him he let you warm your hands.]
    Yong-gu: You let me warm my hands.
    Yang-ho: That was ten seconds of heater. You don't pay for ten seconds of heater with your arm.
    Yong-gu: It was very warm.
    Yang-ho makes a sound like a laugh that has been kept indoors too long.
    ~ raise(bond_yangho, 1)
* [Say you don't know. Your legs went by themselves.]
    Yong-gu: I don't know. My legs went.
    Yang-ho: Your legs. Right. Clever legs.
-
{ bread.bread_six:
    Yang-ho: That bread, on Sunday. You gave me the end with the jam.
    He says it like an accusation. Then, after a while, quieter.
    Yang-ho: It was good.
}
Yang-ho: Listen. In here I pay what I owe. Nobody in this room touches you again, that's done, that's free. So. What do you want? Cigarettes? A blanket that isn't mostly holes? Name it.
* [Ask for the yellow backpack, for Ye-sung.]
    Yong-gu: The yellow backpack. For Ye-sung. With the girl with the star wand.
    Yang-ho: I can get a lot of things through that wall. A lot. A child's backpack, I don't know where you even...
    Yong-gu: No. Not the backpack. Ye-sung. I want to see Ye-sung.
* [Ask him to tell the judge you did not do it.]
    Yong-gu: Can you tell the judge? That I didn't.
    Yang-ho: A judge hears my name and adds five years to whoever I'm standing next to. Ask me something I can do.
    Yong-gu thinks. It doesn't take long. It is the only thing he ever thinks about.
    Yong-gu: Ye-sung. I want to see Ye-sung.
* [Tell him you don't want anything from the man who let them hit you.]
    Yong-gu: I don't want things from you. You let them hit me.
    The room holds its breath. Nobody has ever said a thing like that to Yang-ho and kept all his teeth.
    Yang-ho: ...Fair.
    ~ lower(bond_yangho, 1)
    Yong-gu is quiet for a while. Then, because it is the truest thing he has, he says it anyway.
    Yong-gu: Only one thing. I want to see Ye-sung.
* [Say it straight out.]
    Yong-gu: I want to see Ye-sung.
    He says it simply, the way you would ask for water.
-
# show: chunho tense farright
Chun-ho: She's outside. We're inside. That's the whole idea of a prison, friend.
# show: bongshik tense farleft
Bong-shik: A child in here? Bad luck for the child. Bad luck for the walls. Bad luck for me, mainly.
# show: dado neutral center
Da-do: A man on his charge, before his trial, gets no visits worth the name. I've read the rules. They are very clear, and very stupid.
# hide: dado
# show: manbeom sad center
Man-beom: He only wants to see his kid.
Man-beom says it so quietly that it ends the argument.
# hide: manbeom
# show: yangho neutral right
Yang-ho: Everybody shut up.
They shut up. Yang-ho looks at the heater for a long time, and then at Yong-gu.
Yang-ho: So Yang-ho doesn't say can't. Go to sleep. Here. The warm spot's yours.
* [Thank him, and sleep in the warm spot.]
    Yong-gu: Thank you.
    He lies down by the heater. For the first time since the market, he is warm all the way through, and he sleeps like a stone dropped in a well.
* (spot_back) [Give the warm spot back. It is his.]
    Yong-gu: No. It's yours. You're the boss. Ye-sung says the boss gets the warm bit.
    He goes back to his own place by the door. Yang-ho stares after him, and then, very slowly, lies down in his own spot like a man who has been handed back something he did not know he could lose.
    ~ raise(bond_yangho, 1)
* (spot_dado) [Ask if old Da-do can have it. His cough is worse at night.]
    Yong-gu: Can Da-do have it? He coughs at night. I hear him.
    Yang-ho looks at the old man. The old man looks at the ceiling, very innocently.
    Yang-ho: Fine. Old man. Over here. Don't get used to it.
    Da-do: I'm old, boss. Getting used to things is all I have left.
    ~ raise(bond_dado, 1)
-
# hide: all
# music: stop
That night, for the first time, five men in Room 7 lie awake thinking the same impossible thought, and the sixth sleeps.
-> ch3
