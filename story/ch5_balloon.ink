// Chapter 5: The Balloon (2013 interlude, then December 1997). The execution is never shown.
// Reads: Memories (promise, song_taught, snow_angel), warden_doubt, ch2.bread.bread_mb / bread_six,
// ch2.days.soup, ch3.night.met_chunho, ch3.song.taught_them / taught_her, ch4_morning.took_thread, ch4_night.tore_script.
// Labels other chapters may read: ch5_goodbyes.bye_yangho / bye_chunho / bye_manbeom / bye_bongshik /
// bye_dado (the goodbye was said), ch5_birthday.kept_card (the card went with him), ch5_escape.saw_flash,
// ch5_idea.allowed (he asked if the balloon was allowed).
// Sets: Exhibits backpack, birthday_card (missable), balloon_photo (missable); Memories star_named
// (missable), last_words; bonds (each cellmate two raise chances) and warden_doubt.

=== ch5 ===
# chapter: 5 The Balloon
# scene: training_court fade
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
# show: prosecutor neutral right
Ye-sung holds up a single photocopied sheet: the prison's night log for 18 December 1997, in a guard's handwriting, with a coffee ring in one corner.
Ye-sung: One line, Your Honour. Attempted escape, Room 7, improvised balloon. Inmate and minor recovered from the perimeter wire.
Ye-sung: I am the minor.
Prosecutor: Objection. Counsel is giving evidence.
* [Withdraw the remark. Let the log speak.]
    Ye-sung: Withdrawn. The log is a better witness than I am. It doesn't cry.
    The prosecutor looks as if he would rather she had argued.
* [Answer the objection plainly.]
    # show: judge neutral left
    Ye-sung: Counsel is reading a prison document into the record. The document happens to mention counsel.
    Judge: Overruled. Go on. Carefully.
* [Tell the court who built it.]
    Ye-sung: Five men built it, out of bedsheets and a boiler burner, in seven nights. Not one of them could spell aerodynamics. It flew anyway.
    The prosecutor opens his mouth, looks down at the log, and closes it again.
- Ye-sung: The log calls it an escape. From where I sat, it was a birthday present, delivered five days early.
-> ch5_idea

=== ch5_idea ===
# scene: cell_night fade
# music: room7
# ambience: prison_night
# card: Room 7, December 1997
# show: yonggu neutral center
# show: bongshik tense farleft
# show: chunho neutral left
# show: yangho tense right
# show: dado neutral farright
Nobody in Room 7 sleeps much after the sentence. On the third night Bong-shik sits up with a magazine somebody left in the chapel, folded open at a photograph: a field in another country, full of hot-air balloons like bright fruit.
Bong-shik: Up.
Yang-ho: What?
Bong-shik: Everybody watches the walls. The gate, the walls, the fence. Nobody ever watches up.
Chun-ho: That is the stupidest thing I have ever... actually. Hang on. Actually.
Da-do: The Christmas concert is on the eighteenth. Every guard in the chapel, half of them asleep. And Ye-sung's choir is singing.
One by one, they turn and look at Yong-gu.
* [Ask if Ye-sung can come too.]
    Yong-gu: Ye-sung comes too?
    Yang-ho: What else would it be for?
* (allowed) [Ask if it is allowed.]
    Yong-gu: Is it allowed?
    Yang-ho: No.
    It is the first time anyone in Room 7 has laughed since the court. Yong-gu laughs hardest, because he asked a real question and the answer was funny.
* [Say you are scared of high places.]
    # hide: chunho
    # show: manbeom neutral left
    Yong-gu: I am scared of high places.
    Man-beom: I'll hold the rope. Nothing falls if I'm holding it.
- Yang-ho: Right. Everyone brings something. Yong-gu, you're the passenger, so you do the asking.
-> ch5_gather

=== ch5_gather ===
Five men, five things. Whom does he ask, and for what?
- (ask)
* (ask_yangho) [Ask Yang-ho for fire.]
    ~ raise(bond_yangho, 1)
    # show: yangho happy right
    Yong-gu: Yang-ho. A balloon needs fire.
    Yang-ho: Fire. There's a burner in the boiler room nobody's touched since they changed the heating. And a man in the boiler room who owes me.
    Yang-ho: Don't ask what he owes me.
    Yong-gu: What does he owe you?
    Yang-ho: A lot. Go and ask somebody else for something.
    -> ask
* (ask_chunho) [Ask Chun-ho for cloth.]
    ~ raise(bond_chunho, 1)
    # hide: manbeom
    # show: chunho happy left
    Yong-gu: Chun-ho. A balloon needs cloth. A lot of it.
    Chun-ho: Forty bedsheets go to the laundry on Tuesdays and thirty-eight come back. Always have. Nobody has ever counted, and nobody is going to start now.
    Chun-ho: Leave it with me. Laundry loves me.
    -> ask
* (ask_manbeom) [Ask Man-beom to sew it.]
    ~ raise(bond_manbeom, 1)
    # hide: chunho
    # show: manbeom happy left
    Yong-gu: Man-beom. Can you sew?
    Man-beom looks at his own hands, which are the size of shovels, and then, shyly, nods.
    Man-beom: My mother took in sewing. When her eyes went, I threaded her needles. Small stitches. Tight. The air won't get out.
    -> ask
* (ask_bongshik) [Ask Bong-shik for rope.]
    ~ raise(bond_bongshik, 1)
    # show: bongshik happy farleft
    Yong-gu: Bong-shik. We need rope, to hold on.
    Bong-shik: There's rope in the workshop. I'll tie it myself. Seven knots, one for each of us. For luck.
    Yong-gu counts on his fingers.
    Yong-gu: Six. Room 7 is six men.
    Bong-shik: And the girl. She counts. She's an honorary... she counts.
    -> ask
* (ask_dado) [Ask Da-do how big it must be.]
    ~ raise(bond_dado, 1)
    # show: dado happy farright
    Yong-gu: Da-do. How big does it have to be?
    Da-do: Big. Hot air is lazy. It needs a great deal of room to lift anything, even a man who eats as little as you.
    He covers the inside of a cigarette carton with sums from the library's only physics book. By morning he has an answer, and it is much bigger than the cell.
    -> ask
+ [That's enough asking. Start building.]
    -> ch5_build

=== ch5_build ===
{not ch5_gather.ask_yangho: Nobody asked Yang-ho for fire. On the second night a gas bottle turns up under his blanket anyway, and he studies the ceiling whenever anyone mentions it.}
{not ch5_gather.ask_chunho: Nobody asked Chun-ho for cloth. Bedsheets start to appear anyway, and he says the laundry must have made a mistake, how terrible.}
{not ch5_gather.ask_manbeom: Nobody asked Man-beom to sew. He sits down by the pile of sheets with a needle anyway, and starts, and does not stop.}
{not ch5_gather.ask_bongshik: Nobody asked Bong-shik for rope. A coil of it appears behind the pipe anyway, with seven knots in it.}
{not ch5_gather.ask_dado: Nobody asked Da-do how big. Sums appear on the wall anyway, in pencil, and he says he was only doodling.}
# music: balloon
For seven nights they build it in the dead hours of the workshop, watched by a guard who has become very interested in his newspaper. Yong-gu holds the seams flat, passes needles, and keeps watch at the crack in the door, which Yang-ho says is the most important job.
On the seventh night it is finished, folded into a laundry cart under a tarpaulin. Man-beom asks whether it ought to be decorated, as if it were a cake.
* [Paint Ye-sung's name on it.]
    They paint her name in boot polish, in letters taller than Bong-shik. Yong-gu does the first stroke himself. Da-do straightens the rest.
    Yong-gu: So the sky knows who is coming.
* [Paint a big yellow moon on it.]
    Chun-ho gets mustard powder from the kitchen and Man-beom mixes it into glue. The moon comes out the colour of the backpack in the shop window, nearly.
    Yong-gu: Ye-sung likes yellow. Yellow is her colour.
* [Leave it white, like snow.]
    Yong-gu: White is nice. Like snow.
    {Memories has snow_angel: Everyone in Room 7 has heard about the two snow angels in the yard at least ten times. Nobody says so.|Nobody argues. White it is.}
- -> ch5_concert

=== ch5_concert ===
# scene: chapel dissolve
# music: choir
# ambience: stop
# particles: dust
# card: The prison chapel, 18 December 1997
# show: yesung_child happy center
# show: teacher neutral left
# show: yonggu happy farleft
The chapel smells of radiator dust and tangerine peel. The prison sits in rows, the guards line the walls, and on the little stage the children's choir waits in white collars, Ye-sung in the front row because she is the smallest and the loudest.
She finds her father among two hundred blue uniforms in one second and waves with her whole arm. The teacher lowers the arm. Ye-sung puts it back up.
* [Wave back with both arms.]
    He waves with both arms, high, like a man flagging down a bus. Three rows of prisoners turn to look, and a few of them, to their own surprise, wave too.
    Teacher: Ye-sung. Eyes front, please.
* [Put a finger to your lips, the way the teacher wants.]
    He puts a finger to his lips. Ye-sung copies him with great seriousness, finger to lips, and then sings the first carol louder than anyone, to make up for it.
* {Memories has song_taught} [Mouth the words of her song along with her.]
    { ch3.song.taught_her:
        Between the second carol and the third, in the breath before the pitch pipe, Ye-sung sings one line of the river song Room 7 taught her, just loud enough. Yong-gu mouths it back. So, two rows ahead, does Yang-ho, who would deny it under oath.
    - else:
        The choir's second song is the one she taught Room 7. Yong-gu mouths every word. So, two rows ahead, does Yang-ho, who would deny it under oath.
    }
* [Listen with your eyes shut.]
    He shuts his eyes and picks out her voice from twenty others. It is easy. It is always a little ahead of the beat, in a hurry to get somewhere.
- Halfway through the third carol, Yang-ho coughs twice. That is the signal. Chun-ho stands, puts a hand to his brow and begins, with tremendous feeling, to faint.
# sfx: crowd
The guards hurry to him, some of them more slowly than they need to. In the commotion Room 7 moves.
# show: warden neutral right
The warden is standing by the back door, the one that opens onto the yard, and he is looking straight at Yong-gu.
* [Meet the warden's eyes.]
    ~ raise(warden_doubt, 1)
    The warden holds his look for one second. Then he takes out his watch, examines it with enormous interest, and turns to face the wall, where there is nothing to see but a fire notice.
    The back door is not locked. Later, Yong-gu wonders whether it ever was.
* [Keep your head down and go.]
    He goes bent double along the end of the row. When he looks back from the door, the warden is facing the wall and reading a fire notice as though it were a novel.
* [Fetch Ye-sung from the side of the stage.]
    Bong-shik told her the plan at yesterday's visit, in a whisper, and she has kept the secret for a whole day, which for her is a record. She is already waiting at the edge of the stage, coat on, buttons done up wrong.
    Behind them, the warden has chosen this moment to study the ceiling.
- Ye-sung: Is it now? Is it the surprise?
-> ch5_escape

=== ch5_escape ===
# scene: prison_wall_night fade
# music: balloon
# ambience: snow
# particles: glow
# show: yonggu happy left
# show: yesung_child happy center
# show: yangho tense right
# sfx: burner
Behind the chapel, in the corner of the wall where the searchlight never quite reaches, the balloon is standing up.
Yang-ho works the burner, and each roar pushes the sheets fuller, until the patched white shape blocks out half the stars. The basket is a laundry cart with its wheels off. Man-beom holds the rope in both fists. Chun-ho, somewhere inside, is still fainting.
Ye-sung: It's a house! Daddy, it's a flying house!
* [Lift Ye-sung in first.]
    He lifts her in under the arms, the way he has lifted her onto every bus of her life, and climbs in after her. The cart creaks and holds.
* [Climb in together, holding hands.]
    They climb in at the same time, hand in hand, which is harder and takes longer. Yang-ho says something unrepeatable about time. Nobody lets go.
* [Turn to the men. Ask them to come too.]
    Yong-gu: Come too. All of Room 7.
    Yang-ho: The basket's for two. Go. Send us a postcard.
    Yong-gu climbs in. He looks back anyway, at all of them, one at a time, counting.
- 
# show: yangho happy right
# sfx: burner
Man-beom lets out the rope hand over hand. The ground goes away.
* [Look down at the men, getting smaller.]
    Below, four grey shapes stand in the snow, their faces tipped up and orange in the burner's light. Bong-shik is jumping. Man-beom is crying, which is easy to tell even from up here.
* (looked_up) [Look up. So many stars.]
    The sky over the wall is clearer than he has ever seen it from inside. One star is brighter than the others, right above the wire, as if someone had put it there on purpose.
    Ye-sung: Daddy, look, that one. That one's ours.
* [Look at Ye-sung's face in the firelight.]
    Her mouth is open. There is snow in her eyelashes. The fire makes her whole face gold. He decides to remember it exactly, and he does.
- 
# sfx: alarm
# fx: shake
# hide: yangho
Then the basket jerks and tilts. The rope has trailed over the top of the wall, and one of Bong-shik's knots has caught fast in the barbed wire.
The balloon stops, leaning, half over the wall and half not. Somewhere below, a siren starts. The searchlights swing round and find them.
# show: yesung_child tense center
Ye-sung: Daddy, we stopped.
* [Tell her it's a stop, like on the bus.]
    Yong-gu: It is a stop. Like on the bus.
    Ye-sung: Then who's getting on?
    She almost laughs. That is what he wanted.
* [Hold her tight. Don't look down.]
    He wraps his coat round both of them and holds on. Her heart is going very fast against his arm. So is his.
* [Call down to the men.]
    Yong-gu: Yang-ho! It is stuck!
    Below, Yang-ho is trying to climb the wall with his bare hands. Bong-shik keeps shouting that it was his knot, his knot, his stupid lucky knot.
- 
# fx: flash
Something flashes white near the guard tower, once, and then again.
* (saw_flash) [Look toward the flash.]
    A guard on the tower steps is holding a camera from the incident kit, taking a picture for the report, because there is a form for everything, even this. Beside him stands the warden, coat open, no hat, looking up.
* [Keep your eyes on Ye-sung.]
    He doesn't look. Whatever it is, it isn't Ye-sung, and she is the only thing up here that matters.
- 
# show: warden sad right
They bring a ladder. The warden climbs it himself.
Warden: Mr. Lee. Hand her down to me. Her first.
Yong-gu hands Ye-sung down into the warden's arms, and then climbs down himself, and the guards take hold of him, not roughly. The balloon, emptying, slumps over the wire like a sheet on a washing line.
The warden writes the report himself. Nobody in Room 7 is punished as much as the form says they should be.
-> ch5_birthday

=== ch5_birthday ===
# scene: cell_day fade
# music: theme_yesung
# ambience: prison_day
# particles: dust
# card: Room 7, 23 December 1997
# show: yonggu happy center
# show: yesung_child happy left
# show: manbeom happy farright
# show: bongshik happy farleft
# show: chunho happy right
On the morning of the twenty-third, the warden brings Ye-sung to Room 7 himself, with a signature on a form that nobody above him has read.
The men have made a cake: seven little chocolate cakes from the canteen, stacked into a tower, with one candle pushed into the top one, already leaning. Chun-ho traded three days' cigarettes for the candle and says it was a bargain.
They sing to her. Man-beom sings loudest and worst. Ye-sung blows out the candle on the first try and announces that her wish is a secret, which means everybody can guess it.
# hide: chunho
# show: warden neutral right
Then Yang-ho nods to the warden, and the warden brings a shop bag out from behind his back.
Inside it is the yellow backpack.
{Memories has promise: Yong-gu promised, at a shop window, in winter, with her hand in his coat pocket. It took a whole prison, but here it is.}
The men put in their workshop wages. The warden went to the shop himself, in the snow, on his day off. The shop had more in.
* [Hold it out to her, the way the shop window held it.]
    He holds it up in both hands at the height of her eyes, the way it sat in the window, so that she sees it exactly as she first saw it.
    Yong-gu: Ye-sung. The yellow one.
* [Put it on her back yourself, strap by strap.]
    He kneels and fits the straps over her shoulders, one and then the other, slowly, and pulls them snug, and checks them twice. His fingers know how. They have done her buttons every morning of her life.
* [Let her open the bag herself.]
    He gives her the bag. She looks inside, and goes completely silent, which in six years no one has ever seen her do.
- 
~ Exhibits += backpack
# exhibit: backpack
Ye-sung: It's better than the one in the window. That one was for anybody. This one's from you.
She will not take it off. She sits down in it, eats cake in it, and tells the whole cell about its pockets.
# sfx: paper
Da-do has helped Yong-gu make a card: a folded sheet of drawing paper, and inside it, in big careful letters that took him two evenings, the words he chose himself.
* (read_card) [Read the card to her out loud.]
    ~ Exhibits += birthday_card
    # exhibit: birthday_card
    Yong-gu: Ye-sung. Happy birthday. Seven. Daddy loves you. Be good. Be bossy.
    Ye-sung: You don't have to tell me to be bossy. I'm already bossy.
    She takes the card and holds it against her chest with both hands.
* (pocket_card) [Tuck it into the backpack's front pocket.]
    ~ Exhibits += birthday_card
    # exhibit: birthday_card
    He slides it into the front pocket of the backpack and does the zip up. It is the first thing the backpack has ever carried.
    Yong-gu: For later. When you read by yourself.
* (kept_card) [Keep it in your shirt pocket. Give it to her at the door.]
    He wants it to be the last thing he gives her, so that it will be the thing she holds afterwards. He buttons it into his shirt pocket, for the door.
- Ye-sung: Daddy. From the balloon I saw a star. Right over the wall.
{ch5_escape.looked_up: Yong-gu: I saw it too. The big one. Over the wire.}
* [Ask her what she will call it.]
    ~ Memories += star_named
    # memory: star_named
    Ye-sung: I already named it. It's called Daddy. So at night I can say hello, and it counts.
* [Tell her to name it after herself.]
    ~ Memories += star_named
    # memory: star_named
    Yong-gu: Call it Ye-sung.
    Ye-sung: No. There's already one of me. It's called Yong-gu. You can't say no, it's my birthday.
* [Say that Daddy doesn't know about stars.]
    Yong-gu: Daddy doesn't know about stars.
    Ye-sung: Then I'll tell you its name next time.
    He nods. He does not say anything about next time.
- -> ch5_warden

=== ch5_warden ===
# hide: chunho
# show: warden sad right
The warden stands by the door with his cap under his arm. He looks at his watch and does not tell anyone what time it is.
{warden_doubt >= 4: He has stopped pretending, in here, that he thinks Yong-gu did anything at all.|He has the look of a man who has been awake all night reading one file.}
- (talk)
* {ch5_escape.saw_flash} [Ask about the flash on the wall that night.]
    ~ Exhibits += balloon_photo
    ~ raise(warden_doubt, 1)
    # exhibit: balloon_photo
    Yong-gu: On the wall there was a light. Flash, flash.
    The warden hesitates, then takes an envelope from inside his coat. In it is a photograph: a tilted white shape against the night, caught on the wire, and under it a small dark basket with two heads in it, one big and one small.
    Warden: It's for the report. The report has two copies.
    He gives one to Ye-sung. She puts it in the backpack with enormous care, as if it might still fly away.
    -> talk
* [Thank him for bringing Ye-sung.]
    ~ raise(warden_doubt, 1)
    Yong-gu: Thank you. For Ye-sung. Every day. And today.
    The warden opens his mouth, and finds there is nothing he can say that would be true enough, and nods, too many times.
    -> talk
* [Ask him to look after Ye-sung.]
    Yong-gu: Warden. Will you look after Ye-sung? She is bossy. She is good.
    Warden: I will.
    He says it the way a man signs something he has read all the way through.
    Warden: I will, Mr. Lee.
    -> talk
+ [Say goodbye to Room 7.]
    -> ch5_goodbyes

=== ch5_goodbyes ===
# hide: warden
# show: yonggu sad center
# show: yangho sad right
There isn't much time. Everyone knows exactly how much, and nobody says it.
- (round)
* (bye_yangho) [Go to Yang-ho.]
    ~ raise(bond_yangho, 1)
    # hide: chunho
    # hide: dado
    # show: yangho sad right
    Yong-gu: Yang-ho. You are a good boss. Be a good boss.
    Yang-ho, who has never hugged anyone in his life, does it badly, with a lot of back-slapping, so that it can pass for something else.
    Yang-ho: You were the best one of us. Don't argue with me. I'm the boss.
    -> round
* (bye_chunho) [Go to Chun-ho.]
    ~ raise(bond_chunho, 1)
    # hide: yangho
    # hide: dado
    # show: chunho sad right
    Yong-gu: Chun-ho. You talk a lot. Keep talking. It is good.
    {
    - ch3.night.met_chunho:
        Yong-gu: You gave Ye-sung three chocolate pies. Three. I remember.
    - ch3.song.taught_them:
        Yong-gu: You sang the wrong words in Ye-sung's song. On purpose. I remember.
    }
    For once, Chun-ho has nothing ready. He combs Yong-gu's parting one more time instead.
    -> round
* (bye_manbeom) [Go to Man-beom.]
    ~ raise(bond_manbeom, 1)
    # show: manbeom sad farright
    Yong-gu: Man-beom. Don't cry.
    Man-beom cries.
    {
    - ch2.bread.bread_mb:
        Yong-gu breaks the last of the cake in two and gives him the bigger half, the way he once gave Man-beom his whole Sunday roll. Man-beom is bigger. It is only sums.
    - ch2.bread.bread_six:
        Yong-gu breaks the last of the cake in two and gives him half, the way he once tore his Sunday roll into six, in a cell where nobody would look at him.
    - ch2.days.soup:
        Yong-gu breaks the last of the cake in two and gives him half, the way Man-beom once ladled his soup before his own, when nobody else in the cell would look at him.
    }
    Man-beom: I'll hold the rope. For her. Always. Nothing falls if I hold it.
    -> round
* (bye_bongshik) [Go to Bong-shik.]
    ~ raise(bond_bongshik, 1)
    # show: bongshik sad farleft
    {ch4_morning.took_thread: Yong-gu unties the red thread from his wrist and puts it in Bong-shik's palm.|Yong-gu takes Bong-shik's hand, which is shaking, and holds it still.}
    Yong-gu: It worked. Ye-sung is safe. Good luck.
    Bong-shik: It's not supposed to... that's not how luck works. That's not how any of it works.
    -> round
* (bye_dado) [Go to Da-do.]
    ~ raise(bond_dado, 1)
    # hide: yangho
    # hide: chunho
    # show: dado sad right
    Yong-gu: Da-do. Teach Ye-sung the law. All the long words.
    Da-do looks over at her, sitting in her yellow backpack, explaining the pockets to Man-beom.
    Da-do: She will not need me. Look at her. In ten years she will be teaching me.
    {ch4_night.tore_script: Da-do: I only wish I had something to give her to argue with.}
    -> round
+ [The guards are at the door.]
    -> ch5_farewell

=== ch5_farewell ===
# scene: corridor fade
# music: theme_yesung_sad
# ambience: prison_day
# particles: none
# show: yonggu neutral center
# show: yesung_child sad left
# show: guard neutral right
# show: warden sad farleft
# sfx: footsteps
The corridor is long and green and smells of floor polish. Two guards walk with Yong-gu. Ye-sung walks beside them in her yellow backpack, the warden's hand on her shoulder. She understood this morning, earlier than anyone thought she would, and decided not to make it harder for him until the last possible moment.
Behind them, from Room 7, comes singing: {ch3.song.taught_them:her song, the one she taught them|{ch3.song.taught_her:the river song, the one they taught her|a carol from the concert}}, five men's voices all in different keys.
At the door at the end of the corridor the guards stop. This is the last possible moment.
Ye-sung takes hold of his sleeve with both hands.
Ye-sung: You didn't do anything bad, Daddy. I know. When I'm big, I'll tell them. I'll tell everybody.
The guard waits. He has a daughter, too. He looks at the floor.
What does Yong-gu say last?
* [Ye-sung. You are my daughter. Daddy is happy.]
    Yong-gu: Ye-sung. You are my daughter. Daddy is happy. Very happy. Every day.
* [Happy birthday. Seven now. Eat well.]
    Yong-gu: Happy birthday, Ye-sung. You are seven now. Eat well. Wear your socks.
* [Daddy didn't do bad things. You remember.]
    Yong-gu: Daddy didn't do bad things. You know. You remember it for me.
* [Be bossy. Tell them. Like you said.]
    Yong-gu: Be bossy, Ye-sung. When you are big. Tell them. Like you said.
* {Memories has song_taught} [Sing her the first line of her song.]
    He sings her the first line of her song, quietly, badly, all the right words in the right order. She sings the second line back to him.
- 
~ Memories += last_words
# memory: last_words
She nods as if she is taking a note, the way she always does when he tells her something important.
{ch5_birthday.kept_card: His hand goes to his shirt pocket, for the card, but the guard already has his arm, and the door is already open. The card goes with him.}
He bends down and puts his forehead against hers for a moment. Then he straightens up, and walks through the door without anyone having to push him.
# sfx: cell_door
# fx: blackout
# music: stop
# hide: all
The door closes.
Ye-sung stands in the corridor in her yellow backpack, holding the warden's hand, and does not let go of it for a very long time.
She is seven years old.
-> ch6
