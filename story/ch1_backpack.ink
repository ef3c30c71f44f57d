// Chapter 1: The Yellow Backpack. The prosecutor's question in 2013, then winter 1997: the shop
// window, the promise, the scuffle, the night at home, the icy street, the arrest, the interrogation.
//
// Reads: opening_claim (prologue).
// Sets (see DRAFT2.md): Answers.a_led (street: he goes where Ji-yeon leads him);
// Exhibits price_tag (kept), ice_photo and brick (noticed, then acted on), cpr_statement (kept),
// interrogation_notes (noticed); Memories promise, first_laugh. No bonds.
// Adds to Past (globals.ink): saw_the_notebook (station; ch4 recalls it).
//
// Shared variables declared here (ink VARs are global); later chapters may read them:
// ch1_scuffle: how Yong-gu acted in the shop when the commissioner bought the backpack:
// "held" (held on to the strap), "explained" (told the promise), "coins" (offered his coins), "bowed" (let go).
VAR ch1_scuffle = "bowed"
// ch1_fled: Yong-gu tried to run home when the crowd closed in; the police report calls it flight.
VAR ch1_fled = false
// ch1_said: his last answer to "Say yes" in the interrogation: "no", "yes" or "silent".
VAR ch1_said = "no"
// ch1_signed: how he put his name to the statement: "name", "asked" (asked what it said, then signed)
// or "thumb" (a thumbprint, like a promise stamp). Read by ch2 (Da-do reads the paper).
VAR ch1_signed = "name"

=== ch1 ===
# chapter: 1 The Yellow Backpack
# scene: training_court
# show: yesung_adult neutral center
# music: court
# ambience: courtroom
# show: prosecutor tense right
{ opening_claim:
- "could_not": Prosecutor: Counsel says he could not have done it. Then counsel can tell us this.
- "who": Prosecutor: Counsel wants the court to know who he was. The prosecution will settle for where he was.
- else: Prosecutor: Counsel will tell us what was done to him. First, what he did.
}
Prosecutor: The day after the scuffle in the shop, the defendant was in the alley behind the market with that man's daughter. Alone. Why was he there, behind her?
Ye-sung: Because of a backpack, Your Honour. It hung in a shop window.
-> market

= market
# scene: market fade
# card: Seoul, winter 1997
# ambience: market
# particles: snow
# music: theme_yesung
# show: yonggu_home happy left
# show: yesung_child happy right
The market at six: steam off the fish-cake carts, a man calling the price of tangerines as if they had insulted him. In the stationery shop's window hangs a yellow backpack with a silver moon on the flap.
Ye-sung: It's still there. I checked this morning. How much is it? The ticket's turned round.
* (asked_price) [Go in and ask the shopkeeper to write the price down.]
    # sfx: bell
    # show: shopkeeper neutral center
    Shopkeeper: Thirty-six thousand. Don't lean on the glass.
    Yong-gu: Please write it. Big numbers fall out of my head.
    The shopkeeper writes 36,000 on a spare tag with a flat carpenter's pencil. Yong-gu folds it into the pocket with his coins.
    ~ Exhibits += price_tag
    # exhibit: price_tag
    In 2013 the tag lies in a clear sleeve on the defence table. The police listed it in his property that night.
    # hide: shopkeeper
* (counted_money) [Take off a glove and count what he has.]
    Yong-gu counts on his bare fingers, moving his lips: the jar at home, the coins in his pocket.
    Yong-gu: Twenty-one thousand. Not enough yet.
* (let_guess) [Let Ye-sung guess.]
    Ye-sung studies the backpack with her head on one side, like a jeweller.
    Ye-sung: A million won. But probably less, because it's small.
-
Yong-gu: Saturday is payday. On Saturday I buy it.
Ye-sung: You don't have to. My old bag only has one hole.
She says it bravely. Then she looks at the backpack again, and cannot help it.
* (stamped) [Hook little fingers with her and stamp thumbs.]
    Solemn as a notary, she checks that his little finger is properly hooked. Thumbs together: the stamp. Her palm across his: the copy.
    Ye-sung: Now you can't take it back.
    ~ Memories += promise
    # memory: promise
* (shouted) [Promise out loud, to the whole market.]
    Yong-gu: I promise! Saturday! Yellow backpack! For Ye-sung!
    The tangerine man laughs. Ye-sung goes red to the ears and tugs his sleeve, laughing too.
    Ye-sung: Dad. Everybody heard.
    Yong-gu: Good.
    ~ Memories += promise
    # memory: promise
* (nodded) [Only nod. Payday sometimes comes short.]
    He nods, and keeps the word inside. If payday comes short, a word would turn into a lie.
    Ye-sung: That was a promise nod. I saw it.
-
-> shop

= shop
# sfx: bell
A man in a long dark coat goes into the shop, holding the hand of a girl in a red knitted hat. Through the glass they watch him point.
The backpack lifts off its hook. The hook swings, empty.
Ye-sung: Dad!
* (told_wait) [Tell Ye-sung to wait outside, and go in.]
    Yong-gu: Wait here. Don't move.
    # hide: yesung_child
    She stays, both hands flat on the glass.
* (ran_in) [Run in. There is no time.]
    # show: yesung_child tense farleft
    He is through the door before he has thought about it, and she is through it after him.
-
# show: commissioner neutral right
# show: jiyeon neutral center
# music: tension
Inside it smells of erasers. The man counts notes onto the counter without looking at them.
Yong-gu: That one is Ye-sung's. I said Saturday. I promised.
The man turns only his head.
* [Hold on to the strap.]
    ~ ch1_scuffle = "held"
    His hand closes on the yellow strap. He does not pull. He only does not let go.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    A fist across his face. He is on the floor with copper in his mouth, still holding the strap for one more second.
    Commissioner: Look at me. I want to remember your face.
* [Explain about the promise, in order.]
    ~ ch1_scuffle = "explained"
    He tells it in order: the window, the jar, Saturday, the hole in the old bag. The girl in the red hat listens to every word. Her father does not.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    He points at the backpack. The man takes it for a grab. Two shoves, and Yong-gu is sitting in the snow.
* [Offer the coins in his pocket.]
    ~ ch1_scuffle = "coins"
    He empties his pocket onto the counter.
    Yong-gu: Some now. The rest on Saturday.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    The man sweeps the coins off with the back of his glove. Yong-gu goes down on his knees after them, and a shoe comes down on his hand. Some of the coins stay under the shelves.
* [Let go, and bow.]
    ~ ch1_scuffle = "bowed"
    He lets go and bows, and says sorry to the man, the shopkeeper, the girl. At the door he looks back at the backpack once, and the man sees it.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    A hand in his back, and he goes down the step into the snow.
    Commissioner: Don't let me see you near my daughter again.
-
# hide: commissioner
# hide: jiyeon
# show: yonggu_home sad left
# show: yesung_child tense right
Ye-sung plants herself in front of him, six years old and furious, both fists up.
Ye-sung: Don't you touch my dad!
As the black car pulls away, the girl in the red hat looks back.
* (waved_car) [Wave to the girl in the red hat.]
    He lifts his hand: the school-gate wave, small, at the height of his chest. A red mitten lifts in the back window and stays up until the car turns the corner.
* (held_fists) [Take Ye-sung's fists in his hands.]
    Her fists are still up. He folds them into his hands and holds them until they stop shaking. Neither of them watches the car go.
- -> home

= home
# scene: home fade
# music: theme_yesung
# ambience: stop
# particles: none
# show: yonggu_home neutral left
# show: yesung_child neutral right
Their one room: a rolled quilt, a camp stove, a jar of coins, her drawings taped up at her own height. She kneels in front of him with a wet cloth and the plasters.{shop.held_fists: Her hands are steady now. His are not.}
{ shop.ran_in:
    Ye-sung: I saw him hit you. I was right next to you.
- else:
    Ye-sung: I saw it all through the glass.
}
Ye-sung: Hold still. I'm the doctor.
* (patient) [Hold still, like a good patient.]
    He holds so still he forgets to breathe. A plaster on his lip; another on his nose, which is not hurt.
    Ye-sung: For balance.
    In the little mirror: a man with two plasters and a very serious doctor. He laughs first. She laughs until she falls over onto the quilt.
    # show: yonggu_home happy left
    # show: yesung_child happy right
    ~ Memories += first_laugh
    # memory: first_laugh
* (funny_face) [Make the face that always makes her laugh.]
    He puffs his cheeks and crosses his eyes and wiggles his ears. The plaster she has just put on pops off.
    Ye-sung: Dad! You ruined my operation!
    She laughs until she hiccups, and he laughs because she does.
    # show: yonggu_home happy left
    # show: yesung_child happy right
    ~ Memories += first_laugh
    # memory: first_laugh
* (said_sorry) [Apologise for the backpack.]
    Yong-gu: I said Saturday. Now there is no Saturday.
    Ye-sung: Are you saying sorry? You're not allowed to say sorry when you didn't do anything. That's a rule. I just made it.
    She puts the plaster on, very firmly.
-
Later, in the dark, she lies with her head on his arm.
Ye-sung: Dad. Is there another shop? With another one?
* (will_find) [Promise to find one.]
    Yong-gu: Tomorrow I look. All the shops. Every window.
    Ye-sung: Promise?
    { market.stamped:
        He holds up his thumb in the dark, and she finds it with hers.
    - else:
        Yong-gu: Promise.
    }
* (dont_know) [Tell her the truth: he doesn't know.]
    Yong-gu: I don't know.
    He does not lie to her. He has never worked out how, and she knows it.
    Ye-sung: Then we'll look together. I'm good at looking.
* (jar) [Count the coins in the jar with her, in the dark.]
    They count by feel on the quilt, her small fingers and his big ones.
    { ch1_scuffle == "coins":
        Yong-gu: Seventeen thousand.
        It was twenty-one. Neither of them says so.
    - else:
        Yong-gu: Twenty-one thousand.
    }
    In the morning he puts the coins in his coat pocket. In case of another shop.
-
-> street

= street
# scene: icy_street fade
# music: stop
# ambience: snow
# particles: snow
# show: yonggu_home neutral left
The next afternoon he comes home the back way, through the alley behind the market, past a half-built building wrapped in poles and torn green netting.
# show: jiyeon happy right
In the middle of the alley stands a girl in a red knitted hat.
{ ch1_scuffle:
- "explained":
    Ji-yeon: You're the Saturday man. I heard about the promise.
- "held":
    Ji-yeon: You're the man who wouldn't let go. My dad hit you. I'm sorry.
- "coins":
    Ji-yeon: You're the man with the coins. One rolled to me.
    She holds out a five-hundred-won coin on her mitten, very seriously.
- else:
    Ji-yeon: You're the man who said sorry. My dad still pushed you.
}
Ji-yeon: There's another shop with the same backpack. I saw it from the car. Just past the building with the poles. I'll show you.
{ home.will_find: Another shop. He promised Ye-sung, last night in the dark. }
* (went_with_her) [Let her show him. Same backpack, same moon.]
    ~ Answers += a_led
    Yong-gu: Same one? Same moon?
    Ji-yeon: Same moon. Come on.
    She sets off ahead, proud as a guide. He follows her kindness into the alley.
* (sent_home) [Send her home before dark.]
    Yong-gu: No. Your dad will be cross. Go home, quick, before the lamps come on.
    Ji-yeon: It's just here! You'll see!
    She runs ahead before he can say anything else. She is alone, and it is getting dark. He goes after her.
* (asked_name) [Ask her name first.]
    ~ Answers += a_led
    Yong-gu: What is your name?
    Ji-yeon: Choi Ji-yeon.
    Yong-gu: Lee Yong-gu. Ye-sung's dad.
    He bows. She bows back, giggling, then takes his sleeve and tows him into the alley to show him.
-
-> street_look

= street_look
The alley narrows. The red hat bobs ahead of him.
- (looks)
{ looks > 1: There is time for one more look. }
* (saw_ice) [Watch the ground.]
    A drainpipe on the half-built building has split at a joint. Water has run out all day and frozen in a long grey tongue across the alley.
    He walks flat-footed, as on a frozen river.
* (saw_scaffold) [Look up at the scaffold.]
    On the top plank sits a stack of bricks nobody has tied down. The wind moves the netting, the netting moves the plank, and one brick sits half over nothing.
* (watched_her) [Watch Ji-yeon.]
    She runs as Ye-sung runs: all at once, arms out, certain the ground will be there. Something in his chest goes tight.
-
{ looks < 2:
    -> looks
}
Ji-yeon: It's just round the corner! Hurry!
She starts to run.
* (shouted_dont) [Shout a warning.]
    Yong-gu: Don't run! Ice!
    She turns to laugh at him, running backwards.
* (ran_after) [Run after her.]
    He runs. His boots find the ice before his eyes do.
* { watched_her } [Hold out his hand for her to take.]
    He holds out his hand, as at every kerb for Ye-sung. She is too far ahead to see it.
-
Her feet go out from under her on the grey ice.
# fx: blackout
# music: stop
# sfx: thud
-> aftermath

= aftermath
# scene: icy_street cut
# ambience: snow
# particles: snow
# show: yonggu_home tense center
The snow falls the same as before. That is the first thing he does not understand.
Ji-yeon lies very still, her hat a little way off, a brick beside her with one corner broken.
Once on television a man in a white coat put one hand over the other on a chest, and pressed, and counted, and the person woke. Yong-gu watched it three times.
* (counted_aloud) [Press, and count out loud.]
    Yong-gu: One. Two. Three. Four.
    He counts as far as the man counted, and starts again at one.
* (shouted_help) [Shout for help, and keep pressing.]
    Yong-gu: Help! Somebody! Help her!
    His voice comes back off the walls. He does not stop pressing. The man on television did not stop.
* (coat) [Give her his coat first.]
    He folds his coat under her head, because the ice is cold and she has no hat. Then he presses, in his thin jumper, counting.
-
# sfx: footsteps
A woman with shopping bags comes round the corner and stops. She sees a big man kneeling over a small still girl, pressing down on her chest. She does not see the ice.
Bystander: Get away from her! Help! He's killing her!
# sfx: crowd
-> crowd

= crowd
- (round)
{ round == 1:
    Doors open. People come out of the market in their aprons. A circle forms, and does not come closer, and does not go away.
- else:
    A siren, then two constables pushing through the circle, one with the station's camera on a strap.
}
* (kept_pressing) [Keep pressing. She needs it.]
    He keeps pressing, because nobody else is. A man in an apron hauls him back. He pulls free and goes back to her on his knees, and to the circle it looks like a man fighting to get back to what he has done.
* (told_crowd) [Explain to the crowd.]
    Yong-gu: I'm helping. She fell. I'm helping her.
    The words tumble over each other, and tumbling they sound like lies.
* {street_look.saw_ice && round > 1} [Make the man with the camera look at the ground.]
    Yong-gu: Ice. The pipe is broken. Look. Ice.
    He points at the ice, at the pipe, at the ice, and will not stop. To quiet him, the constable photographs the pipe, the split seam and the frozen water too.
    ~ Exhibits += ice_photo
    # exhibit: ice_photo
    Nobody printed those frames. In 2013 Ye-sung finds the negatives in the case file and has them printed: the pipe, the grey ice, and at the edge of one frame, a man's arm, pointing.
* {street_look.saw_scaffold} [Guard the brick so nobody kicks it away.]
    Someone's boot knocks the brick. Yong-gu crawls after it and covers it with both hands.
    Yong-gu: It fell from up there. Don't kick it.
    A constable has to take it from under his hands. Because the man will not stop pointing up, he bags it and writes: brick, from scaffold.
    ~ Exhibits += brick
    # exhibit: brick
    In 2013 the bag is still sealed. Through the plastic, builder's mortar on one face.
* [Run home to Ye-sung.]
    ~ ch1_fled = true
    Ye-sung is alone, and it is dark. He gets up and runs.
    He gets three steps. The ice takes his feet as it took hers, and then there are knees on his back.
    That night the three steps become a sentence in a report: the suspect attempted to flee the scene.
    -> arrest
-
{ round < 2:
    -> round
}
-> arrest

= arrest
# sfx: footsteps
Two constables haul him up off the ice with his arms twisted behind him. He does not fight.
{
- ch1_fled:
    Yong-gu: Ye-sung is alone. I have to go home.
- aftermath.coat:
    Yong-gu: My coat. She has my coat. She's cold.
- else:
    Yong-gu: Her hat. She has no hat.
}
Nobody answers. The car door shuts.
-> night

= night
# scene: home fade
# music: theme_yesung_sad
# ambience: snow
# particles: snow
# show: yesung_child neutral center
In the one room, Ye-sung has put out two bowls and two pairs of chopsticks. He is always home by seven. The clock says nine.
* (rice_quilt) [Keep his rice warm under the quilt.]
    She wraps the pot in the quilt, as he does in winter, and sits on it to keep it warmer. He will say it was a good idea.
* (at_window) [Stand at the window and watch the corner.]
    She stands on the box by the window. Every shape that turns the corner is him for one second, and then it isn't.
* (practised) [Practise the promise on her own hands.]
    {
    - market.stamped:
        She presses her thumb to her other thumb: the stamp, the copy. It doesn't work as well with one person.
    - market.shouted:
        She whispers it to the dark. Saturday. Yellow backpack. It sounds smaller with only her.
    - else:
        She practises the promise nod in the dark glass. It is harder than it looks.
    }
-
At eleven there is a knock, and it is not him. It is Mrs. Ahn from downstairs, in her coat over her nightdress, with a young policeman behind her who does not come in.
Mrs. Ahn looks at the two bowls, and holds out her hand. Ye-sung is to sleep downstairs tonight.
* (took_chopsticks) [Take his chopsticks down with her.]
    His chopsticks go down the stairs with her. He will have to come and ask for them.
* (left_latch) [Leave the door on the latch for him.]
    The door stays on the latch. He won't have to knock. Mrs. Ahn has seen the policeman's face. She says nothing.
- -> station

= station
# scene: interrogation fade
# music: tension
# ambience: stop
# particles: none
# show: yonggu_home tense left
# show: detective tense right
A room without a window. A lamp, a typewriter, and two detectives: an older one who talks, a young one with a notebook who writes.
Detective: Tell me what you did to the girl.
* (told_plain) [Tell it plainly: the ice, the fall, the brick.]
    Yong-gu: Ice. She ran. She fell. A brick fell, from up there.
    Detective: Bricks don't fall on their own.
    The young one's pen does not move.
* (told_pressing) [Tell them what his hands were doing.]
    Yong-gu: I pressed. Here. Like on TV. One hand on the other. To make her heart go again.
    He shows them on the table, counting.
    The young detective types it, on a top sheet with a carbon under it. The older one pulls out the top sheet, reads it, and drops it in the bin. Nobody remembers the carbon.
    ~ Exhibits += cpr_statement
    # exhibit: cpr_statement
    In 2013 Ye-sung finds that carbon among the station's duplicates, faint as breath: his words, once, in his own order.
* (asked_girl) [Ask if the girl is all right.]
    Yong-gu: The girl. Did she wake up?
    Detective: She's dead. You know she's dead.
    He did not know. He puts his hands over his face, and they write that down.
* (asked_home) [Ask about Ye-sung.]
    Yong-gu: Ye-sung is alone. She is six. Can I go home now?
    Detective: You'll go home when you tell me the truth.
    He believes it. It is the first lie anyone tells him in this room.
-
# fx: shake
# sfx: thud
The older detective comes round the table and hits him with an open hand, and then not with an open hand. Then he sits down and straightens his tie.
* (saw_notebook) [Look at what the young one is writing.]
    ~ Past += saw_the_notebook
    The notebook lies open. Yong-gu can read a little, if the words hold still. There are answers in it already, under questions, with his name at the top. I. Girl. Followed. He has not said those.
    ** (asked_why_write) [Ask why he writes before Yong-gu talks.]
        Yong-gu: Why do you write it before I talk?
        The pen stops. The young detective looks at him, the first person in the room who really has. Then he closes the notebook and puts it inside his jacket. He keeps it for sixteen years.
        ~ Exhibits += interrogation_notes
        # exhibit: interrogation_notes
        In 2013 it comes to Ye-sung in a parcel with no letter: the answers written in before the questions, in a hand that is not her father's.
    ** [Say nothing. He is too tired.]
        The words swim. Later he will not remember there was anything to ask.
* (watched_clock) [Look at the clock.]
    Ten. Then eleven. Ye-sung goes to bed at nine. He looks at the clock more than at the men, and they write that down too: the suspect appeared indifferent.
* (watched_hands) [Look at the older one's hands.]
    Big hands. A wedding ring. A knuckle split a minute ago. Yong-gu looks at those hands and does not understand them at all.
-
Detective: You followed her. You were angry about the bag.
{ street_look.shouted_dont: Detective: A man at the fish stall heard you shout at her to stop running. So she was running from you. }
Detective: Say yes.
* (said_no) [Say no.]
    ~ ch1_said = "no"
    Yong-gu: No. Ice. A brick.
    { home.said_sorry: He thinks of Ye-sung's new rule: no sorry when you didn't do anything. Yes is a kind of sorry. He does not say it. }
    # fx: shake
    He says no four more times and gets the hand four more times. The record of the night will hold none of the noes.
* (said_yes) [Say yes, to make it stop.]
    ~ ch1_said = "yes"
    Yong-gu: Yes.
    It stops the hand. He does not know what it is yes to.
* (said_nothing) [Say nothing. Count, as he counted over her.]
    ~ ch1_said = "silent"
    He counts under his breath and does not answer. They write his silence down as yes.
-
# sfx: cell_door
# show: commissioner tense center
The door opens on the man in the long dark coat. Both detectives stand. His face is grey, and his hands are not steady.
{ ch1_scuffle:
- "held":
    Commissioner: Yesterday you wouldn't let go of her bag.{shop.waved_car: Then you waved at her, as if you knew her.}
- "explained":
    Commissioner: The Saturday man. She told me about you at dinner. {shop.waved_car:She said you waved at her from the snow. }She said you looked sad.
- "coins":
    Commissioner: She picked up one of your coins. She wanted to give it back.{shop.waved_car: You waved at her from the snow, and she waved back.}
- else:
    Commissioner: I told you not to come near my daughter.{shop.waved_car: You waved at her. In front of me.}
}
Commissioner: Finish it tonight.
# hide: commissioner
Detective: Sign here, and you can go home to your daughter.
* (signed) [Sign, to go home to Ye-sung.]
    ~ ch1_signed = "name"
    He writes his name slowly, each letter separate, as Ye-sung taught him: like people in a queue.
* (asked_paper) [Ask what the paper says.]
    ~ ch1_signed = "asked"
    Yong-gu: What does it say?
    Detective: What you told us.
    He thinks of what he told them: the ice, the brick. He signs.
* (thumbed) [Press his thumb on it, like a promise stamp.]
    ~ ch1_signed = "thumb"
    They give him the red ink pad. He presses his thumb down, straight and careful. A stamp is a promise. He thinks it means he will go home.
-
# show: yonggu_home sad left
They take him down a corridor that smells of disinfectant.
{
- station.asked_girl:
    He carries the girl in the red hat with him, like something heavy in both arms.
- else:
    He asks when he can go home. Nobody answers.
}
{
- night.rice_quilt:
    Across the city, the rice under the quilt goes cold.
- night.at_window:
    Across the city, nobody is watching the corner any more.
- else:
    Across the city, two bowls wait on the floor.
}
Downstairs, on the landlady's floor, a six-year-old falls asleep sitting up, {night.took_chopsticks:facing the door, a big pair of chopsticks in her fist|facing the stairs up to a door she left on the latch}.
-> ch2
