// Chapter 5: The Balloon (2013 interlude, then December 1997). The execution is never shown.
// Sets (DRAFT2.md): Answers a_stayed (on the wire, he asks for her to be taken down first);
// Deeds trusted_manbeom (the rope), kept_faith_knot (he tells Bong-shik the knot was good);
// Exhibits backpack (given), birthday_card (kept), balloon_photo (asked for at the warden's);
// Memories star_named, last_words (only when he lets her see he is afraid); one bond raise in the
// build (whom he works beside) and one in the goodbyes (whom he has time for); warden_doubt.
// Declares ch5_last_words (what he says last) and balloon_mark (how the balloon was painted), for ch6;
// sets on_the_wire (globals.ink) in ch5_escape.wire.
// Reads other chapters only through globals (Memories, Deeds, Exhibits, Past, warden_doubt).

// What Yong-gu says last: "daughter", "bossy", "star", "angels", "song", "promise".
VAR ch5_last_words = "daughter"
// How the balloon was painted: "name", "moon" or "white".
VAR balloon_mark = "white"

=== ch5 ===
# chapter: 5 The Balloon
# scene: training_court fade
# music: court
# ambience: courtroom
# show: yesung_adult neutral center
# show: prosecutor neutral right
{Past ? told_bench_his_speech: The prosecutor has been quiet since the subordinate clause. Now he|{Past ? read_record_aloud: The prosecutor waited out the reading of the record without a word. Now he|The prosecutor}} holds up a photocopy by one corner: the prison's night log for 18 December 1997, a coffee ring in the margin.
Prosecutor: "Room 7. Escape during the Christmas concert. Inmate Lee Y., with one minor." The defendant confessed, Your Honour. He was sentenced. Five days before the date set for his execution, he ran.
Prosecutor: Why should this court trust a man who ran?
* [Object to the word "ran".]
    Ye-sung: Objection. The log says escape. It does not say what he did when the escape was over.
    # show: judge neutral left
    Judge: Then the defence will show us. Overruled.
* [Tell the court what the balloon was for.]
    Ye-sung: It was a birthday present, Your Honour. I was the birthday.
    The prosecutor waits for more. There is no more yet.
* [Look at the second row.]
    In the second row Bong-shik has put his hand over the red thread on his wrist, as if it might be called to give evidence.
- She writes four words on her pad and underlines them: what he did after.
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
Three nights after the sentence, Bong-shik sits up with a magazine from the chapel rack, open at a field in another country full of hot-air balloons, like fruit in a bowl.
Bong-shik: Up.
Yang-ho: What?
Bong-shik: Everybody watches the walls. Gate, walls, fence. Nobody watches up.
Chun-ho: That's the stupidest... hang on. Hang on.
Da-do: The Christmas concert is on the eighteenth. Every guard in the chapel, and a children's choir.
One by one, they turn and look at Yong-gu.
* (with_her) [Ask about Ye-sung.]
    Yong-gu: Ye-sung comes too?
    Yang-ho: Who else would it be for?
* (allowed) [Ask the question nobody has asked.]
    Yong-gu: Is it allowed?
    Yang-ho: No.
    It is the first laugh in Room 7 since the court. Yong-gu laughs hardest. He asked a real question, and the answer was funny.
* (scared) [Admit what frightens him about it.]
    Yong-gu: I am scared of high places.
    Chun-ho: Everybody is. That's why they're high.
    Yong-gu thinks about this and cannot find what is wrong with it.
- Yang-ho: Seven nights. You're the passenger, Yong-gu. You help where you're needed.
-> ch5_build

=== ch5_build ===
# scene: cell_night
# music: balloon
# show: yonggu neutral center
They build it in the workshop in the dead hours. Forty bedsheets go to the laundry on Tuesdays; since Chun-ho, thirty-eight come back. Yang-ho's man in the boiler room has found them a burner.
The first night, Yong-gu chooses where to help.
* (helped_manbeom) [Hold the seams flat for Man-beom's needle.]
    ~ raise(bond_manbeom, 1)
    # show: manbeom happy right
    Man-beom sews with his tongue between his teeth. His hands are the size of shovels; his stitches are the size of rice.
    Man-beom: My mum took in sewing. When her eyes went, I threaded for her. Small and tight, and the air stays in.
    Yong-gu holds each seam with both thumbs until Man-beom says next. By dawn he has said it four hundred and twelve times. Yong-gu counted.
* (helped_dado) [Stand on the scale for Da-do's sums.]
    ~ raise(bond_dado, 1)
    # show: dado happy right
    Da-do needs to know how heavy the passengers are, and there is a scale in the workshop for weighing mailbags.
    Da-do: On. Now hold this sack of sand, that's the girl. Off. On again.
    Yong-gu does all of it without asking why, which Da-do says is the mark of a born scientist. By morning the answer is in pencil on the calendar, and it is much bigger than the cell.
* (helped_bongshik) [Learn Bong-shik's knots.]
    ~ raise(bond_bongshik, 1)
    # show: bongshik happy right
    Bong-shik ties the rope to the basket with seven knots, one for each man in Room 7 and one for the girl, and teaches Yong-gu every one. Yong-gu's fingers are slow, but they do not forget.
    Bong-shik: Out of the hole, round the tree, back down the hole. That one would hold a lorry.
* (helped_chunho) [Push the laundry cart for Chun-ho.]
    ~ raise(bond_chunho, 1)
    # show: chunho happy right
    The laundry cart squeaks. Chun-ho says an honest man pushing a squeaking cart is invisible, and a thief pushing a quiet one is not.
    A guard stops them on the stairs and lifts the top sheet. Underneath is another sheet.
    Guard: What's all this?
    Yong-gu: Sheets.
    It is so plainly true that the guard lets them go. Chun-ho is silent for two whole floors, out of respect.
* (helped_yangho) [Carry the burner parts for Yang-ho.]
    ~ raise(bond_yangho, 1)
    # show: yangho happy right
    The burner comes up from the boiler room in four pieces, wrapped in rags, one piece a night. Yang-ho carries the heavy ones and lets Yong-gu carry the valve, which is the important one.
    Yang-ho: Hold it like an egg. If it drops, we're all in the box till spring.
    Yong-gu holds it like an egg. He holds it like Ye-sung's egg, the one she painted at Easter and would not let anyone eat.
-
-> fifth_night

= fifth_night
# scene: cell_night
# show: yonggu tense center
# show: yangho tense right
On the fifth night they test the burner in the boiler room, with the balloon's mouth held open on broom handles.
# sfx: burner
The first roar fills it halfway, a white belly rising off the coal. Then the flame licks sideways, and the sheet at the mouth catches.
Fire runs up the seam, quick and blue at its edge. Yong-gu has seen fire eat a room before.
* (beat_out) [Beat it out with his hands.]
    He slaps at it with both palms, flat, again and again, until there is only smoke and the smell of scorched cotton. The seam holds. His hands come up red and shining.
    Yang-ho: Idiot. Brave idiot. Show me.
    Yang-ho wraps them in wet rag and holds his wrists for a long time, as if they might go somewhere.
* (tore_panel) [Tear the burning panel away.]
    He rips it off at the seam and stamps it out on the floor. It is out. The balloon sags, with a hole in it the size of a door.
    # show: manbeom sad left
    Man-beom looks at the hole, then at his own blanket. That night he starts unpicking it. He will sleep cold until the eighteenth, and tell nobody.
* (called_out) [Shout for Yang-ho to shut off the gas.]
    Yong-gu: Yang-ho! The gas!
    Yang-ho kills the valve. The shout goes on without the flame, up the boiler pipes into every floor of the block. Far above, a door. Boots on the stairs.
    For an hour six men lie on the sheets behind the coal, breathing through their sleeves. The boots come down, look, and go back up. The night is lost, and there were only seven.
-
On the seventh night it is finished. Man-beom asks whether it ought to be decorated, like a cake.
* [Paint Ye-sung's name on it.]
    ~ balloon_mark = "name"
    They paint it in boot polish, in letters taller than Bong-shik. Yong-gu does the first stroke himself. Da-do straightens the rest.
    Yong-gu: So the sky knows who is coming.
* [Paint a big yellow moon.]
    ~ balloon_mark = "moon"
    Chun-ho gets mustard powder from the kitchen and Man-beom mixes it into glue. The moon comes out the yellow of the backpack in the shop window, nearly.
    Yong-gu: Yellow is her colour.
* [Leave it white, like snow.]
    ~ balloon_mark = "white"
    Yong-gu: White is nice. Like snow.
    {Memories ? snow_angel: Everyone in Room 7 has heard about the two snow angels in the yard at least ten times. Nobody says so.|Nobody argues. White it is.}
-
{ called_out:
    Da-do walks round it once and says it is a night short of finished. Nobody asks which seams.
}
-> ch5_concert

=== ch5_concert ===
# scene: chapel dissolve
# music: choir
# ambience: stop
# particles: dust
# card: The prison chapel, 18 December 1997
# show: yesung_child happy center
# show: teacher neutral left
# show: yonggu happy farleft
The chapel smells of radiator dust and tangerine peel. On the little stage the choir waits in white collars, Ye-sung in the front row, the smallest and the loudest. She finds her father among two hundred blue uniforms in one second and waves with her whole arm. She knows the plan. She has kept it a whole day, a record.
Halfway through the third carol, every light in the chapel goes out.
# sfx: crowd
Yang-ho's man in the boiler room has done his part. Guards shout for everyone to sit. The children go on singing, because nobody has told them to stop.
Ye-sung has to cross the chapel in the dark.
* (sang_her_in) {Memories ? song_taught} [Sing her song under the carol, so she can follow it.]
    He sings {Past ? river_song:the river song|the chapel song she taught Room 7}, not loud, a little to one side of the tune. A small hand finds his sleeve before the verse is out.
* (called_her) [Call her name.]
    Yong-gu: Ye-sung! Here!
    She comes like a stone from a sling. So does a guard's torch, swinging toward the voice and missing them by one row. After that there is less time than there was.
* (went_to_her) [Go to her along the wall, counting chairs.]
    He counts the chairs along the aisle, eleven, twelve, thirteen. At the stage he puts out his hand in the dark, and it is taken by a hand with a plaster on one finger.
-
# show: warden neutral right
{ warden_doubt >= 3:
    At the back door a torch comes on and finds them: Yong-gu, the girl, her collar white in the beam. The warden holds it on them for one second. Then he turns it up to the ceiling, as if the trouble must be in the wiring, and keeps it there.
- else:
    At the back door a torch sweeps the rows, slow and thorough. It passes over them by a hand's width. The warden, holding it, never knows how close he came.
}
Ye-sung: Is it now? Is it the surprise?
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
Behind the chapel, where the searchlight never quite reaches, the balloon is standing up.
{ch5_concert.called_her: Already, behind them, the chapel's back door bangs open and shut: the torch that nearly found them is looking outside now.}
{ch5_concert.sang_her_in: Ye-sung is still humming it.}
Yang-ho works the burner. Each roar pushes the sheets fuller, until {balloon_mark == "name":YE-SUNG in boot polish|{balloon_mark == "moon":a mustard moon|a white shape}} blocks out half the stars. {ch5_build.fifth_night.tore_panel:One panel is grey wool: Man-beom's blanket.} The basket is a laundry cart with its wheels off.
Ye-sung: It's a house! Daddy, a flying house!
The laundry cart is chest-high, and it rocks.
* (held_by_manbeom) [Put Ye-sung in Man-beom's arms while he climbs in.]
    ~ Deeds += trusted_manbeom
    # show: manbeom happy farright
    Man-beom holds her as he carried the hymn-book box. When Yong-gu is in, Man-beom lifts her over the side to him, and then takes the rope.
    Man-beom: Nothing falls while I've got it.
* (rope_bongshik) [Lift her in himself, and give the rope to Bong-shik. They are his knots.]
    # show: bongshik happy farright
    He lifts her in under the arms, as onto every bus of her life, and climbs in after. Bong-shik takes the rope and kisses the first knot, and then, after a moment's thought, all seven.
* (asked_all) [Ask the men to come too.]
    Yong-gu: Come too. All of Room 7.
    Yang-ho: It's built for two. Go on. Send a postcard.
    Yong-gu looks at each of them, counting. Then he climbs in with her, and Man-beom takes the rope because somebody has to.
-
# sfx: burner
{ ch5_idea.scared:
    Yong-gu shuts his eyes. Ye-sung takes his face in both hands and counts him up: one, two, three, open.
}
The ground lets go. The rope runs out to its end, and {ch5_escape.rope_bongshik:Bong-shik|Man-beom} lets go of it, as planned. After the burner it is very quiet. The chapel roof goes by, then the wall, then nothing but air.
* (looked_down) [Look down at the men.]
    Five grey shapes in the snow, faces tipped up, orange in the burner's light, getting small. Bong-shik is jumping. Man-beom has both arms up, as if he could still catch them.
* (looked_up) [Look up.]
    Over the wall the sky is clearer than it ever is from inside. One star is brighter than the rest, right above them.
    Ye-sung: That one. That one's ours.
* (looked_at_her) [Look at Ye-sung.]
    Her mouth is open. There is snow in her eyelashes. The fire makes her whole face gold. He decides to remember it exactly, and he does.
-
Beyond the wall the city is laid out in lights all the way to the river. Ye-sung leans over the edge, looking for their street.
Ye-sung: There! No, there. Daddy, we can go home the sky way.
Yong-gu: The sky way.
# sfx: alarm
# fx: shake
# hide: yangho
The basket jerks, tips, and stops.
Behind them the loose rope has trailed across the top of the wall, and {ch5_build.helped_bongshik:one of Bong-shik's knots, the one that would hold a lorry,|one of Bong-shik's seven knots} has caught fast in the barbed wire. It holds.
The balloon leans out over the road, half free and half not. Below, a siren starts. The searchlights swing round and find them.
# show: yesung_child tense center
Ye-sung: Daddy, we stopped.
* (bus_stop) [Make it ordinary for her.]
    Yong-gu: It is a stop. Like the bus.
    Ye-sung: Who's getting on?
    She almost laughs. That is what he wanted.
* (held_tight) [Wrap her inside his coat.]
    He buttons his coat round both of them. Her heart goes very fast against his arm. So does his.
* (reached_rope) [Lean out for the rope, to pull it free.]
    He leans out over the edge, far, and his fingers touch the rope. The basket tips. Ye-sung screams once, short, and grabs his belt.
    He stops. He pulls himself back in, slowly, and does not reach again.
-
-> wire

= wire
# fx: flash
Something flashes white by the guard tower, once, and then again.
* (saw_flash) [Look toward the flash.]
    A guard on the tower steps has the camera from the incident kit: there is a form for everything. Beside him stands the warden, coat open, no hat, looking up.
* [Keep his eyes on Ye-sung.]
    He does not look. Whatever it is, it is not Ye-sung.
-
# show: warden sad right
They bring a ladder to the inside of the wall, and the warden climbs it himself, close enough to touch the basket. The wire is between them. Across the road, torches are coming.
{
- reached_rope:
    Warden: Mr. Lee. Don't reach for it again. Don't lean. Stay in the middle.
- bus_stop:
    Warden: Mr. Lee.
    Ye-sung: Is this our stop, Daddy?
- else:
    Warden: Mr. Lee.
    Ye-sung is a warm knot inside his coat. She does not look down.
}
* (stayed) [Ask him to take Ye-sung first.]
    ~ Answers += a_stayed
    ~ on_the_wire = "stayed"
    Yong-gu: Her first. Please. She is cold.
    He lifts her over the edge, over the wire, his coat sleeve catching on the barbs, and puts her into the warden's arms. Then he climbs out after her and comes down the ladder on his own, rung by rung, with nobody holding him.
* (held_on) [Hold on to Ye-sung. Do not let go.]
    ~ on_the_wire = "held_on"
    He holds her and shakes his head. He cannot let go; his arms will not do it. The warden waits, and then two guards come up a second ladder and take her out of his arms between them, and she fights them all the way down.
    Afterwards the report says the inmate resisted. It does not say what he was holding.
* (climbed_wire) [Climb onto the wall and tear the knot free, with her on his back.]
    ~ on_the_wire = "climbed"
    He gets one knee onto the top of the wall, into the wire, with Ye-sung clinging to his back. The barbs go through his trousers. On the road below, the torches stop and wait for him.
    Ye-sung: Daddy, it's hurting you.
    He stops. If the knot came free, there would be the road and the torches, and nothing else. There never was anything else. He lets the warden take her, and the guards take him, and the report says he tried to get over the wire. It is true.
-
# hide: warden
Behind him the balloon, emptying, slumps over the wire like washing.
-> ch5_after

=== ch5_after ===
# scene: cell_night fade
# music: theme_yesung_sad
# ambience: prison_night
# show: yonggu sad center
# show: bongshik sad right
Room 7 loses its yard until the new year. That night Bong-shik sits facing the wall with the rope end in his lap, unpicking his own knot with his nails.
Bong-shik: My knot. My stupid lucky knot. If I'd tied a bad one, it would have slipped.
* (good_knot) [Tell Bong-shik what his knot did.]
    ~ Deeds += kept_faith_knot
    Yong-gu: It was a good knot. It held. You said it would hold, and it held.
    Bong-shik opens his mouth to explain why that is the problem. Then he looks at Yong-gu's face, and sees that Yong-gu means it exactly, and puts the rope down.
* (slept_near) [Lie down next to him, so he is not alone.]
    Yong-gu lies down on the floor by Bong-shik's blanket and goes to sleep there. In the morning Bong-shik has put his own blanket over both of them, and is sitting up, awake, on guard against nothing.
* [Say nothing. It is nobody's fault.]
    Yong-gu says nothing. He does not know whose fault a knot is. Bong-shik goes on unpicking until his nails bleed, and in the end Man-beom takes the rope away.
-
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
On the morning of the twenty-third, the warden brings Ye-sung to Room 7 himself. The men have made a cake: seven little chocolate cakes from the canteen in a tower, one candle in the top, leaning. Chun-ho traded three days' cigarettes for the candle.
{ ch5_build.fifth_night.beat_out:
    Ye-sung sees his hands first: the rag bandages, still on. She kisses each of them, on the bandage, where it will not hurt.
}
{Past ? heard_whole_day: Before anything else she tells him the whole morning, the boring bits first, as agreed.}
They sing, Man-beom loudest. Ye-sung blows out the candle and says her wish is a secret.
* (asked_wish) [Ask her, in a whisper, what she wished.]
    She cups her hands round his ear.
    Ye-sung: That you come home. Don't tell. It won't work if you tell.
    He doesn't tell.
* [Let it be a secret.]
    A secret is a secret. Chun-ho guesses out loud anyway, three times, wrongly on purpose, until she throws cake at him.
-
# hide: chunho
# show: warden neutral right
Then Yang-ho nods to the warden, who brings a shop bag out from behind his back. Inside is the yellow backpack.
{Memories ? promise: Yong-gu promised her this backpack at a shop window, for a Saturday. The Saturday was five weeks ago.}
Room 7 put in its workshop wages, and the warden went to the shop on his day off: it had ordered more for Christmas.
* (held_up) [Hold it up at the height of her eyes, as it sat in the window.]
    In both his hands, at the height of her eyes, it looks exactly as it did through the glass.
    Yong-gu: Ye-sung. The yellow one.
* (strapped) [Put it on her back, strap by strap.]
    He kneels and fits the straps over her shoulders, one and then the other, and pulls them snug, and checks them twice. His fingers know how. They have done her buttons every morning of her life.
* (let_open) [Let her open the bag herself.]
    He gives her the bag. She looks inside, and for once in her life has nothing to say.
-
~ Exhibits += backpack
# exhibit: backpack
Ye-sung: It's better than the one in the window. That one was for anybody. This one is from everybody.
She will not take it off. She sits down in it, eats cake in it, and explains its pockets to the whole cell.
# sfx: paper
Da-do has helped Yong-gu make a card: drawing paper folded once, and inside, in big careful letters that took two evenings, words he chose himself.{Past ? copied_her_letters: He made the letters as Ye-sung taught him at the warden's table, and she sees it at once.}
* (read_card) [Read the card to her out loud.]
    ~ Exhibits += birthday_card
    # exhibit: birthday_card
    Yong-gu: Ye-sung. Happy birthday. Seven. Daddy loves you. Be good. Be bossy.
    Ye-sung: You don't have to tell me bossy. I'm already bossy.
    She holds the card flat against her chest with both hands.
* (pocket_card) [Tuck it into the backpack's front pocket.]
    ~ Exhibits += birthday_card
    # exhibit: birthday_card
    He slides it into the front pocket and does up the zip. It is the first thing the backpack has ever carried.
    Yong-gu: For later. When you read by yourself.
* (kept_card) [Keep it in his shirt pocket, for the door.]
    ~ Exhibits += birthday_card
    # exhibit: birthday_card
    He wants it to be the last thing he gives her. He buttons it into his shirt pocket, for the door.
-
Ye-sung: Daddy. From the balloon I saw a star. Right over the wall.
{ch5_escape.looked_up: Yong-gu: I saw it. The big one.}
* (star_daddy) [Ask her what she will call it.]
    ~ Memories += star_named
    # memory: star_named
    Ye-sung: I already named it. It's called Daddy. So at night I can say hello, and it counts.
* (star_yesung) [Give her a name for it.]
    ~ Memories += star_named
    # memory: star_named
    Yong-gu: Call it Ye-sung.
    Ye-sung: No. There's one of me already. It's called Yong-gu. You can't say no, it's my birthday.
* [Admit he knows nothing about stars.]
    Yong-gu: Daddy doesn't know about stars.
    Ye-sung: Then I'll tell you its name next time.
    He nods. He says nothing about next time.
-
-> ch5_warden

=== ch5_warden ===
# hide: bongshik
# show: warden sad right
The warden stands by the door with his cap under his arm. He looks at his watch and does not tell anyone the time.
{warden_doubt >= 4: He has stopped pretending, in here, that he thinks Yong-gu did anything at all.|He has the look of a man who has been up all night with one file.}
There is time for one thing with him.
* {ch5_escape.wire.saw_flash} [Ask about the flash on the wall that night.]
    ~ Exhibits += balloon_photo
    # exhibit: balloon_photo
    Yong-gu: On the wall there was a light. Flash, flash.
    The warden takes an envelope from inside his coat. In it is a photograph: a tilted shape against the night, caught on the wire, and under it a small dark basket with two heads in it, one big and one small.
    Warden: For the report. The report has two copies.
    He gives one to Ye-sung. She puts it in the backpack as if it might still fly away.
* (thanked) [Thank him.]
    ~ raise(warden_doubt, 1)
    Yong-gu: Thank you. For Ye-sung. Every day. And today.
    The warden opens his mouth, finds nothing true enough to say, and nods, too many times.
* (asked_look_after) [Give him Ye-sung to look after.]
    Yong-gu: Will you look after Ye-sung? She is bossy. She is good.
    Warden: I will, Mr. Lee.
    He says it slowly, and once, like a man signing a paper he has read to the end.
-
-> ch5_goodbyes

=== ch5_goodbyes ===
# hide: warden
# show: yonggu sad center
Boots in the corridor, still far off. There is time for one goodbye, a proper one. The rest will have to be a look.
* (bye_yangho) [Go to Yang-ho.]
    ~ raise(bond_yangho, 1)
    # show: yangho sad right
    Yong-gu: Yang-ho. You are a good boss. Be a good boss.
    Yang-ho hugs him badly, with a lot of back-slapping, so it can pass for something else.
    Yang-ho: You kept a knife out of my back. Nobody does me favours. Don't argue. I'm the boss.
    {Past ? told_them_safe: Yang-ho: She's safe, you said. She'll stay that way. That's the boss talking.}
* (bye_chunho) [Go to Chun-ho.]
    ~ raise(bond_chunho, 1)
    # show: chunho sad right
    Yong-gu: Chun-ho. You talk a lot. Keep talking. It is good.
    {Past ? met_chunho_first: Yong-gu: You gave Ye-sung three chocolate pies. Three. I remember.}
    For once Chun-ho has nothing ready. He takes out his comb and does Yong-gu's parting, very straight, and then does it again.
* (bye_manbeom) [Go to Man-beom.]
    ~ raise(bond_manbeom, 1)
    # show: manbeom sad right
    Yong-gu: Man-beom. Don't cry.
    Man-beom cries.
    { Deeds ? bread_to_manbeom:
        Yong-gu breaks the last of the cake and gives him the bigger half, as he once gave him a Sunday roll. Man-beom is bigger. It is only sums.
    - else:
        Yong-gu breaks the last of the cake in two and gives him half.
    }
    Man-beom: I'll hold the rope for her. Always.
* (bye_bongshik) [Go to Bong-shik.]
    ~ raise(bond_bongshik, 1)
    # show: bongshik sad right
    {Deeds ? wore_the_thread: Yong-gu unties the red thread from his wrist and puts it in Bong-shik's palm.|Yong-gu takes Bong-shik's hand, which is shaking, and holds it still.}
    Yong-gu: It worked. Ye-sung is safe. Good luck.
    Bong-shik: That's not... that's not how luck works.
    {Past ? snowball_war: He has a snowball's worth of snow in his pocket, from the yard, gone to water. He was keeping it for her. He does not say so.}
* (bye_dado) [Go to Da-do.]
    ~ raise(bond_dado, 1)
    # show: dado sad right
    Yong-gu: Da-do. Teach Ye-sung the law. All the long words.
    Da-do looks over at her in her yellow backpack, explaining the pockets to Man-beom.
    Da-do: She won't need me. In ten years she will be teaching me.
-
-> ch5_farewell

=== ch5_farewell ===
# scene: corridor fade
# music: theme_yesung_sad
# ambience: prison_day
# particles: none
# show: yonggu neutral center
# show: yesung_child sad left
# show: warden sad farleft
# sfx: footsteps
The corridor is long and green. Two guards walk with Yong-gu, and Ye-sung in her yellow backpack, the warden's hand on her shoulder.
Behind them, from Room 7, comes singing: {Past ? chapel_song:her chapel song|{Past ? river_song:the river song|a carol from the concert}}, five men in five keys.
* (carried_her) [Carry her, as up the dark stairs at home.]
    He lifts her onto his hip, backpack and all. Nobody tells him not to.
* (her_pace) [Hold her hand and walk at her pace.]
    Hand in hand, small steps, so that the corridor lasts longer. The guards shorten theirs.
- At the door at the end, the guards stop. {carried_her:He sets her down. }Ye-sung takes his sleeve in both hands.{ch5_birthday.asked_wish: She does not mention her wish. She has understood about the wish.}
Ye-sung: You didn't do anything bad, Daddy. I know. When I'm big I'll tell them. I'll tell everybody.
His knees are shaking. She has not looked at them yet.
* (hid_fear) [Smile for her. She must not see.]
    He smiles the school-gate smile, the big one for the railings, and holds it. He stands so that his coat hides his knees.
    Ye-sung: You're not scared.
    Yong-gu: Not scared.
    It is the only lie he ever tells her, and it works. She will believe it for years. When she is old enough to know better, she will be alone with knowing.
* (showed_fear) [Let her see he is afraid.]
    ~ Memories += last_words
    # memory: last_words
    Yong-gu: Daddy is scared.
    She looks at his knees, and then at his face, and her own face does something he has never seen it do. It gets older.
    Ye-sung: On the dark stairs you count for me. So I'll count.
    She counts, and he breathes on the numbers. It is the last picture she will have of him: he is afraid, and she is seven, holding him up.
-
The guard puts a hand on the door. One more thing.
* {Memories ? star_named} [Speak of the star.]
    ~ ch5_last_words = "star"
    Yong-gu: The star. Say hello at night. It counts.
* {Memories ? snow_angel} [Speak of the snow angels.]
    ~ ch5_last_words = "angels"
    Yong-gu: The angels in the snow. Wings touching. That is holding hands. That counts.
* {Memories ? song_taught} [Sing her the first line of her song.]
    ~ ch5_last_words = "song"
    He sings her the first line, quietly, badly, every word in the right order. She sings the second line back.
* {Memories ? promise} [Speak of the promise.]
    ~ ch5_last_words = "promise"
    Yong-gu: Saturday. Yellow backpack. Daddy promised. Daddy did it.
    She turns round so he can see it on her back, one more time.
* [Tell her what she is to him.]
    ~ ch5_last_words = "daughter"
    Yong-gu: Ye-sung. You are my daughter. Daddy is happy. Every day.
* [Give her a job to do.]
    ~ ch5_last_words = "bossy"
    Yong-gu: Be bossy, Ye-sung. When you are big. Tell them.
-
{ showed_fear:
    She nods as if taking a note. She will be able to say every word of it, in order, for the rest of her life.
- else:
    She nods and smiles back at his smile. Years later she will remember the smile exactly, and not one of the words.
}
* (forehead) [Put his forehead against hers.]
    He bends down, as at bedtime, until their foreheads touch.
* (hand_on_head) [Put his hand on her head.]
    ~ Past += hand_on_her_head
    His big hand covers her whole head, as it does when she has been brave. He leaves it there while he counts three.
- Then he straightens up.{ch5_birthday.kept_card: His hand goes to his shirt pocket for the card, but the guard already has his arm, and the door is already open. The card goes with him.} He walks through the door without anyone having to push him.
# sfx: cell_door
# fx: blackout
# music: stop
# hide: all
The door closes.
{
- ch5_birthday.strapped:
    Ye-sung stands in the corridor and puts her thumbs under the straps of the backpack, as he did that morning, and pulls them snug. They are already snug. She pulls them again.
- ch5_warden.asked_look_after:
    Ye-sung stands in the corridor holding the warden's hand. He has promised something, and he does not move until she does. It is a long time.
- else:
    Ye-sung stands in the corridor in her yellow backpack, holding the warden's hand, and does not let go of it for a very long time.
}
Down the corridor, in Room 7, the singing has stopped.
She is seven years old.
-> ch6
