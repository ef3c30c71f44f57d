// Chapter 1: The Yellow Backpack. A 2013 interlude, then winter 1997: the shop window, the promise,
// the scuffle, the night at home, the icy street, the arrest, the interrogation.
//
// Reads: opening (prologue).
// Gains (each missable): Exhibits price_tag, ice_photo, brick, cpr_statement, interrogation_notes;
// Memories promise, first_laugh.
//
// Shared variables declared here (ink VARs are global); later chapters may echo them:
// ch1_scuffle: how Yong-gu acted in the shop when the commissioner bought the backpack:
// "held" (held on to the strap), "explained" (told the promise), "coins" (offered his coins), "bowed" (let go).
VAR ch1_scuffle = "bowed"
// ch1_fled: Yong-gu tried to run home when the crowd closed in; the police report calls it flight.
VAR ch1_fled = false

=== ch1 ===
# chapter: 1 The Yellow Backpack
# scene: training_court
# show: yesung_adult neutral center
# music: court
# ambience: courtroom
{ opening == "facts":
    She promised the court facts. The first fact she has is small, and made of glass.
- else:
    She turns the page. The first thing she has is small, and made of glass.
}
* [Begin with the shop window.]
    Ye-sung: There was a stationery shop at the edge of the market near our room. Its window was fogged along the bottom, where children breathed on it. That week I breathed on it every day.
* [Begin with his hands.]
    Ye-sung: My father's hands were cracked across the knuckles from the cold, and always warm. That week one of them was always in his pocket, counting.
* [Begin with the snow.]
    Ye-sung: It snowed all that week. Not hard. I was six, and I thought the snow had come early for my birthday.
-
Ye-sung: There was a backpack in the window.
-> market

= market
# scene: market fade
# card: Seoul, winter 1997
# ambience: market
# particles: snow
# music: theme_yesung
The market at six o'clock: steam off the fish-cake carts, a radio singing about love, a man calling the price of tangerines as if he were angry with them.
# show: yonggu_home happy left
# show: yesung_child happy right
In the stationery shop's window, between a globe and a tower of exercise books, hangs the yellow backpack. On its flap a cartoon heroine with ribbons in her hair holds a wand up to a crescent moon stitched in silver thread. It is the yellowest thing in Seoul.
Ye-sung: Dad. It's still there.
Yong-gu: Still there.
Ye-sung: Nobody bought it. I checked this morning. And yesterday. The day before, I checked twice.
* [Press his nose to the glass beside hers.]
    He bends until his nose touches the cold glass next to hers. Two clouds of breath grow on the window, a big one and a small one.
    Ye-sung: Dad. Your nose will leave a mark.
    Yong-gu: Your nose too.
    Ye-sung: Mine is small. It doesn't count.
* [Look at her reflection, not the backpack.]
    In the glass her face and the backpack are in the same place, and her face is lit yellow. He looks at that instead.
    Ye-sung: You're not even looking at it.
    Yong-gu: I am looking. It is a good one.
* [Feel for the coins in his pocket.]
    Inside his glove, inside his pocket, his fingers count the coins by touch. Big one. Big one. Small one. He has saved since summer: a jar at home, and this.
    Ye-sung: Stop jingling. People will think we're rich.
-
Ye-sung: How much is it? The ticket's turned round the wrong way.
* [Go in and ask the shopkeeper.]
    # sfx: bell
    # show: shopkeeper neutral center
    The shopkeeper is a thin man in two cardigans, one over the other.
    Shopkeeper: Thirty-six thousand won. Don't lean on the glass.
    Yong-gu: Please write it. Big numbers fall out of my head.
    The shopkeeper sighs and writes 36,000 on a spare price tag with a flat carpenter's pencil. Yong-gu folds it once and puts it in the pocket with the coins, where it will be safe.
    ~ Exhibits += price_tag
    # exhibit: price_tag
    In 2013 the tag lies in a clear sleeve on the defence table, its fold worn soft as cloth. The police found it in his pocket that night, listed it as his property, and kept it.
    # hide: shopkeeper
* [Count on his fingers what he has.]
    He takes off a glove to count properly: the jar at home and the coins in his pocket, together, moving his lips.
    Yong-gu: Twenty. And one. Twenty-one thousand.
    His fingers run out before the numbers do.
    Yong-gu: It is a lot. Not enough yet. On Saturday it will be enough.
* [Let Ye-sung guess.]
    Ye-sung: I think it's a million won.
    Yong-gu: A million is a lot.
    She considers the backpack with her head on one side, like a jeweller.
    Ye-sung: It's worth a million. But it's probably less, because it's small.
-
Yong-gu: Saturday is payday. On Saturday I buy it.
Ye-sung: You don't have to. My old bag is fine. It only has one hole.
She says it bravely, the way she says she isn't cold. Then she looks at the backpack again, and cannot help it.
* (stamped) [Hook little fingers and stamp thumbs.]
    He holds out his little finger. She hooks hers round it, solemn as a notary. Thumbs pressed together: the stamp. Her palm slides across his: the copy. It is official now.
    Ye-sung: Now you can't take it back. It's stamped.
    Yong-gu: I don't take it back. Never.
    His thumb is twice the size of hers. The stamp holds anyway.
    ~ Memories += promise
    # memory: promise
* (shouted) [Promise out loud, to the whole market.]
    Yong-gu: I promise! Saturday! Yellow backpack! For Ye-sung!
    The tangerine man laughs. A woman with a string bag laughs. Ye-sung goes red to the ears and tugs his sleeve, but she is laughing too, and she does not let go.
    Ye-sung: Dad. Everybody heard.
    Yong-gu: Good. Now everybody knows.
    ~ Memories += promise
    # memory: promise
* [Only nod. Payday sometimes comes short.]
    He nods, and does not say the word. A promise has to be kept, and payday sometimes comes short.
    Ye-sung studies the nod, and decides it counts.
    Ye-sung: That was a promise nod. I saw it.
-
-> shop

= shop
# sfx: bell
The shop door lets out a breath of warm air. A man in a long dark coat goes in, holding the hand of a girl in a red knitted hat.
Through the glass they watch him point. The shopkeeper reaches into the window, and the yellow backpack lifts off its hook and goes away into the shop.
The hook swings, empty.
Ye-sung: Dad.
* [Run in.]
    He is through the door before he has thought about it. The bell goes wild over his head.
* [Knock on the glass: that one is taken.]
    He knocks on the window three times, hard enough to make the globe shiver. Nobody turns round but the girl in the red hat. So he goes in.
* [Tell Ye-sung to stay, then go in.]
    Yong-gu: Stay here. Don't move.
    Ye-sung: I'm not a puppy.
    But she stays, both hands flat on the glass.
-
# hide: yesung_child
# show: commissioner neutral right
# show: jiyeon neutral center
# show: shopkeeper neutral farright
# music: tension
Inside it is warm and smells of erasers. The man in the dark coat counts notes onto the counter without looking at them. The girl strokes the silver moon with one finger before the shopkeeper wraps it away in brown paper.
Yong-gu: That one is Ye-sung's.
The man turns only his head.
Commissioner: I beg your pardon?
Yong-gu: That one. I said Saturday. I promised.
Shopkeeper: It's the last one. I don't keep things for Saturday.
* [Hold on to the strap.]
    ~ ch1_scuffle = "held"
    His hand closes on the yellow strap where it hangs out of the paper. He does not pull. He only does not let go.
    Yong-gu: Please.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    The man's hand comes down on his wrist, then the other hand, closed, across his face. Yong-gu is on the floor between the shelves with copper in his mouth, and still, for one more second, he holds the strap.
    Commissioner: Look at me. I want to remember your face.
    He is dragged out by the collar and thrown down the step into the snow. His lip is split. And a man who does not forget faces has looked at his for a long time.
* [Explain about the promise.]
    ~ ch1_scuffle = "explained"
    He tells it all, in order, because order matters: the window, the jar, Saturday, the hole in the old bag. He tells it slowly so nothing falls out.
    The girl in the red hat listens to every word. Her father does not.
    Commissioner: Are you finished?
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    Yong-gu lifts his hand only to point at the backpack. The man takes it for a grab. A shove in the chest, another at the door, and Yong-gu is sitting in the snow at the foot of the step.
    Through the glass the girl is still looking at him. She heard the whole thing. She is the only one who did.
* [Offer the coins in his pocket.]
    ~ ch1_scuffle = "coins"
    He empties his pocket onto the counter. One coin spins on its edge for a long time.
    Yong-gu: Some now. The rest on Saturday.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    The man sweeps the coins off the counter with the back of his glove. Yong-gu goes down on his knees after them, and a shoe comes down on his hand, and he is lifted by the coat and pushed out into the snow.
    Some of the coins stay under the shelves, in the dark with the dust. Saturday has moved further away.
* [Let go and bow.]
    ~ ch1_scuffle = "bowed"
    He lets go. He bows deep and says sorry to the man, and to the shopkeeper, and to the girl.
    But at the door he turns to look at the backpack one more time, and the man sees the look.
    # show: commissioner tense right
    # fx: shake
    # sfx: thud
    A hand flat between his shoulders, and Yong-gu goes down the step onto his knees in the snow. Bowing changed nothing.
    Commissioner: Don't let me see you near my daughter again.
-
# hide: commissioner
# hide: jiyeon
# hide: shopkeeper
# show: yonggu_home sad left
# show: yesung_child tense right
Ye-sung plants herself between her father and the shop door with both arms out, six years old and furious.
Ye-sung: Don't you touch my dad!
* [Tell her it doesn't hurt.]
    Yong-gu: It doesn't hurt.
    Ye-sung: Liar. There's blood on your mouth.
    She wipes it off with her mitten. That hurts a little, and he doesn't say so.
* [Laugh, so she won't be frightened.]
    He laughs out loud, sitting in the snow. Because he is laughing, she stops being frightened and starts being cross instead. That is better. He knows what to do with cross.
* [Let her help him up.]
    She takes his arm and pulls with her whole weight, boots skidding. He lets her think she lifted him. She brushes the snow off his knees like a mother.
-
Through the window, the girl in the red hat looks back at them as her father holds the door of a black car. Then she is gone, and the yellow backpack with her.
-> home

= home
# scene: home fade
# music: theme_yesung
# ambience: stop
# particles: none
# show: yonggu_home neutral left
# show: yesung_child neutral right
Their room is one room: a rolled quilt, a camp stove, a jar of coins on the shelf, and Ye-sung's drawings taped to the wall at Ye-sung height.
She kneels in front of him with a wet cloth, the box of plasters and a face of great seriousness.
Ye-sung: Hold still. I'm the doctor.
* [Hold still like a good patient.]
    He holds so still he forgets to breathe, and she has to tell him to. A plaster on his lip. Another on his nose, which is not hurt.
    Ye-sung: For balance.
    In the little mirror: a man with two plasters, and a very serious doctor. He starts to laugh. The plaster comes loose. She laughs so hard she falls over onto the quilt and lies there kicking.
    # show: yonggu_home happy left
    # show: yesung_child happy right
    ~ Memories += first_laugh
    # memory: first_laugh
* [Make the face that always makes her laugh.]
    He puffs out his cheeks and crosses his eyes and wiggles his ears, which he can do and she can't. The plaster she has just put on pops off.
    Ye-sung: Dad! You ruined my operation!
    But she is laughing, hiccuping, and he is laughing because she is, and neither of them can stop.
    # show: yonggu_home happy left
    # show: yesung_child happy right
    ~ Memories += first_laugh
    # memory: first_laugh
* [Say sorry about the backpack.]
    Yong-gu: I'm sorry. About the backpack.
    Ye-sung: Why are you sorry? You didn't do anything. That man was bad.
    She puts the plaster on, very firmly.
    Ye-sung: You're not allowed to say sorry when you didn't do anything. That's a rule. I just made it.
    # show: yesung_child happy right
-
Later the light is off and the stove ticks as it cools. She lies with her head on his arm. Outside, someone is shovelling snow.
Ye-sung: Dad. Is there another shop? With another one?
* [Say yes. He will find it.]
    Yong-gu: Yes. Another shop. I will find it.
    Ye-sung: Promise?
    { 
    - market.stamped:
        He holds up his thumb in the dark, and she finds it with hers. Stamped.
    - market.shouted:
        Yong-gu: Promise.
        He says it in a whisper this time, because the whole market is asleep.
    - else:
        Yong-gu: Promise.
        She is nearly asleep, and does not hear the small worry in his voice.
    }
* [Say he doesn't know.]
    Yong-gu: I don't know.
    He does not lie to her. He has never worked out how, and she knows it, and that is why she believes everything else he says.
    Ye-sung: Then we'll look together. I'm good at looking.
* [Count the coins in the jar together, in the dark.]
    They count the coins by feel on the quilt, her small fingers and his big ones.
    { ch1_scuffle == "coins":
        Yong-gu: Seventeen thousand.
        It was twenty-one. Neither of them says so. Ye-sung pats the coins as if they were a dog that had been kicked.
    - else:
        Yong-gu: Twenty-one thousand.
        Ye-sung: And Saturday makes more.
    }
-
She falls asleep first. He stays awake a while, listening to her breathe, and to the shovel going on and on outside.
-> street

= street
# scene: icy_street fade
# music: stop
# ambience: snow
# particles: snow
# show: yonggu_home neutral left
The next evening he comes home the back way, through the alley behind the market, with his work gloves in his pocket and his lip still fat. A half-built building stands wrapped in poles and planks and torn green netting.
# show: jiyeon happy right
Someone is standing in the middle of the alley in a red knitted hat.
{ ch1_scuffle:
- "explained":
    Ji-yeon: You're the Saturday man. I heard about the promise. I told my dad, but he doesn't listen when he's cross.
- "held":
    Ji-yeon: You're the man who wouldn't let go. My dad hit you. I'm sorry.
- "coins":
    Ji-yeon: You're the man with the coins. One rolled to me.
    She opens her mitten. A five-hundred-won coin lies on her palm, and she holds it out to him very seriously.
- else:
    Ji-yeon: You're the man from the shop. You said sorry, and my dad still pushed you.
}
Ji-yeon: There's another shop with the same backpack. I saw it from the car. It's just past the building with the poles. I'll show you.
* [Follow her.]
    Yong-gu: Same one? Same moon?
    Ji-yeon: Same moon. Come on.
    He goes after her, already seeing Ye-sung's face.
* [Ask where her father is.]
    Yong-gu: Where is your dad?
    Ji-yeon: At work. He's always at work. I'm allowed to walk home by myself.
    Yong-gu: That is not allowed. It gets dark soon. I will walk with you.
    He walks on the road side of her, the way he walks with Ye-sung, so the cars have to get past him first.
* [Ask her name.]
    Yong-gu: What is your name?
    Ji-yeon: Ji-yeon. Choi Ji-yeon.
    Yong-gu: Lee Yong-gu. Ye-sung's dad.
    He bows. She bows back, giggling, and bows again to see if he will, and he does.
-
She goes ahead, the red hat bobbing. The alley gets narrower, darker, more slippery. He has time to look at things.
-> street_look

= street_look
- (looks)
{ looks > 1:
    She is still ahead. He has time for one more look.
}
* (saw_ice) [Watch the ground.]
    Here the pavement is glass. Above it a drainpipe from the half-built building has split at a joint, and water has run out all day and frozen in a long grey tongue across the alley.
    He walks flat-footed, the way you walk on a frozen river. Ice does not care who you are.
* (saw_scaffold) [Look up at the scaffold.]
    Poles, planks, netting loose at one corner. On the top plank sits a stack of bricks that nobody has tied down. The wind moves the netting, the netting moves the plank, and one brick at the edge sits half over nothing.
    He does not like it. He does not have a word for why.
* [Watch Ji-yeon.]
    She runs the way Ye-sung runs: all at once, arms out for a balance she does not have, certain the ground will be there.
    Something in his chest goes tight, and he walks faster.
-
{ looks < 2:
    -> looks
}
Ji-yeon: It's just round the corner! Hurry!
She starts to run.
* [Shout: Don't run!]
    Yong-gu: Don't run! Ice!
    She turns to laugh at him, running backwards.
* [Run after her.]
    He runs. His boots find the ice before his eyes do.
* [Hold out his hand for her to take.]
    He holds out his hand, the way he does at every kerb for Ye-sung. She is too far ahead to see it.
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
The snow is falling the same as before. That is the first thing he does not understand.
Ji-yeon lies on the ice. Her red hat has come off and lies a little way away, upside down. She is very still. Her eyes are closed. Beside her lies a brick with one corner broken off.
He kneels. He says her name, and says it again.
Once, on television, a man in a white coat knelt by a person who would not wake, put one hand on top of the other in the middle of the chest, and pressed, and counted, and the person woke up. Yong-gu watched it three times. He remembers it exactly.
* [Press and count out loud.]
    He puts one hand on the other, the way the man did, and presses.
    Yong-gu: One. Two. Three. Four.
    He counts as far as he can, which is a long way, and starts again at one.
* [Shout for help, and keep pressing.]
    Yong-gu: Help! Somebody! Help her!
    His voice comes back off the walls. He does not stop pressing while he shouts. The television man did not stop.
* [Put his coat under her head, then press.]
    He folds his coat and puts it under her head, because the ice is cold and she has no hat. Then he presses, one hand on the other, the way the man did.
-
# sfx: footsteps
A woman with shopping bags comes round the corner and stops.
She sees a big man in a thin jumper kneeling over a small still girl, pressing down on her, a brick on the ice beside them. She does not see the ice or the scaffold. She sees the man.
Bystander: What are you doing to her? Get away from her! Help! He's killing her!
# sfx: crowd
-> crowd

= crowd
- (round)
{ round == 1:
    Doors open. People come out of the market in their aprons. A circle forms, and does not come closer, and does not go away.
- else:
    A siren, far off, then nearer.
}
* [Keep pressing. She needs it.]
    He keeps pressing, because nobody else is.
    A man in an apron hauls him back by the shoulder. Yong-gu pulls free and goes back to her on his knees, and to the circle it looks like a man fighting to get back to what he has done.
* [Tell them: I'm helping her.]
    Yong-gu: I'm helping. She fell. I'm helping her. She fell.
    The words come out too fast and tumble over each other, and tumbling like that they sound like lies. The woman is crying now, and her crying is louder than he is.
* {saw_ice} [Point at the ice and the broken pipe.]
    He points at the ice, then up at the split drainpipe, then at the ice again, over and over, until somebody looks.
    Yong-gu: Ice. The pipe is broken. Look.
    A young man with a camera, who came running from a fire two streets away, looks where he points. Because it is the only calm thing in the alley, he photographs it: the pipe, the split seam, the frozen tongue of water underneath.
    ~ Exhibits += ice_photo
    # exhibit: ice_photo
    The newspaper never printed it. In 2013 Ye-sung finds the negative in the paper's archive, in an envelope marked with the date, and has it printed: the pipe, the seam, the grey ice, and at the edge of the frame a man's arm, pointing.
* {saw_scaffold} [Guard the brick so nobody kicks it away.]
    Someone's boot knocks the brick and it skids. Yong-gu crawls after it and puts both hands over it, and will not move them.
    Yong-gu: From up there. It fell from up there. Don't kick it.
    When the police come, the first one through the circle has to take it from under his hands. Because the man will not stop pointing, he bags it and writes on the bag: brick, from scaffold.
    ~ Exhibits += brick
    # exhibit: brick
    In 2013 the bag is still sealed in an evidence box. The brick inside has builder's mortar on one face, the grey crust a brick only has if it came off a building site.
* [Run home to Ye-sung.]
    ~ ch1_fled = true
    Ye-sung is alone. It is dark. She will be waiting with the rice. He gets up and runs.
    He gets three steps. The ice takes his feet the way it took hers, and then there are knees on his back and a hand in his hair.
    In the report written that night, the three steps become: the suspect attempted to flee the scene. A prosecutor will read that sentence aloud at his trial, twice.
    -> arrest
-
{ round < 2:
    -> round
}
-> arrest

= arrest
# sfx: footsteps
Two policemen haul him up off the ice with his arms twisted behind him. He does not fight. He keeps turning his head to look back at the red hat, until one of them turns it for him.
{ ch1_fled:
    Yong-gu: Ye-sung is alone. I have to go home.
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
In the one room, Ye-sung has put out two bowls and two pairs of chopsticks. He is always home by seven. The clock on the shelf says nine.
* [Keep his rice warm under the quilt.]
    She wraps the pot in the quilt, the way he does in winter, and sits on it to keep it warmer. It is a good idea. He will say so.
* [Stand at the window and watch the corner.]
    She stands on the box by the window and watches the corner where he always appears. Every shape that turns it is him for one second, and then it isn't.
* [Practise the promise on her own hands.]
    {
    - market.stamped:
        She presses her thumb against her other thumb: the stamp, the copy. It doesn't work as well with one person. She does it again anyway.
    - market.shouted:
        She whispers it to the empty room, the way he shouted it to the market. Saturday. Yellow backpack. For Ye-sung. It sounds smaller with only her.
    - else:
        She practises the promise nod in the dark glass, the one he gave her at the window. It is harder than it looks.
    }
-
At eleven o'clock there is a knock at the door, and it is not him.
* [Ask who it is first, the way he taught her.]
    Ye-sung: Who is it? You have to say your name first.
    A woman's voice says its name through the door. It is a name she knows, and not the one she wanted.
* [Open it. He might have lost his key.]
    She opens it with the face she has ready, the welcome-home one, and has to put it away again.
* [Hide under the quilt, and keep very still.]
    She gets under the quilt and holds still, the way you do at hide-and-seek, until the voice at the door says her name, kindly, twice.
-
It is Mrs. Ahn, the landlady from downstairs, who shouts about the rubbish, in her coat over her nightdress, and behind her on the landing a young policeman who does not come in. She looks at the two bowls and the two pairs of chopsticks for a long moment. Then she takes Ye-sung down to sleep on her own floor, beside her radio, and that is where Ye-sung sleeps for the rest of the winter.
-> station

= station
# scene: interrogation fade
# music: tension
# ambience: stop
# particles: none
# show: yonggu_home tense left
# show: detective tense right
A room without a window. A table, a lamp, a typewriter, and two detectives: an older one with a loosened tie who talks, and a young one with a notebook who writes.
Detective: Name.
Yong-gu: Lee Yong-gu.
Detective: Tell me what you did to the girl.
* [Tell it plainly: the ice, the fall, the brick.]
    Yong-gu: Ice. She ran. She fell. A brick fell, from up there.
    Detective: Bricks don't fall on their own.
    The young one's pen does not move.
* [Tell them how he pressed, like on TV.]
    Yong-gu: I pressed. Here. Like on TV. One hand on the other. To make her heart go again.
    He shows them on the table, one hand on the other, counting under his breath.
    The young detective has been told to type everything at the start, so he does, on a top sheet with a carbon underneath. The older one pulls out the top sheet, reads it, and drops it in the bin. Nobody remembers the carbon.
    ~ Exhibits += cpr_statement
    # exhibit: cpr_statement
    In 2013 that carbon, faint as breath, lies in Ye-sung's file, found in the station's duplicate records: his words, once, in his own order.
* (asked_girl) [Ask if the girl is all right.]
    Yong-gu: The girl. Is she all right? Did she wake up?
    The older detective looks at him for a long moment.
    Detective: She's dead. You know she's dead.
    He did not know. He knows now. He puts his hands over his face, and they write that down: the suspect showed distress when the victim was mentioned.
* [Ask to go home to Ye-sung.]
    Yong-gu: Ye-sung is alone. She is six. Can I go home now?
    Detective: You'll go home when you tell me the truth.
    He believes it. It is the first lie anyone tells him in this room, and the one he holds on to longest.
-
# fx: shake
# sfx: thud
The older detective comes round the table and hits him with an open hand, and then not with an open hand. Then he sits down and straightens his tie, as if nothing has happened. For him, nothing has.
Between questions the room is very quiet. There is only the lamp, humming.
* [Look at what the young one is writing.]
    Yong-gu can read a little, slowly, if the words hold still. The notebook lies open on the table.
    There are lines in it already: questions, and under them answers, and his name at the top. He finds the small words he knows. I. Girl. Followed. He has not said those. He has hardly said anything.
    ** [Ask: why do you write before I talk?]
        Yong-gu: Why do you write it before I talk?
        The pen stops. For a long second the young detective looks at him, the first person in the room who really has. Then he closes the notebook and puts it inside his jacket.
        He does not throw it away. He keeps it for sixteen years.
        ~ Exhibits += interrogation_notes
        # exhibit: interrogation_notes
        In 2013 it comes to Ye-sung in a parcel with no letter, postmarked from a small town on the coast: a policeman's notebook, the answers written in before the questions were asked, in a hand that is not her father's.
    ** [Say nothing. He is too tired.]
        He looks at the words until they swim. He is tired, and his face hurts, and words do not hold still when he is tired.
        He does not ask. Later he will not remember there was anything to ask.
* [Look at the clock.]
    The clock on the wall says ten. Then eleven. Ye-sung goes to bed at nine. She does not know how to light the stove, because he told her never to.
    He looks at the clock more than at the men, and they write that down too: the suspect appeared indifferent.
* [Look at the older one's hands.]
    Big hands. A wedding ring. A knuckle split from a minute ago. The hands of a man who probably goes home every night to a child of his own.
    Yong-gu looks at those hands and does not understand them at all.
-
Detective: Listen to me. You followed her. You were angry about the bag. You did it. Say yes.
* [Say no.]
    Yong-gu: No. Ice. A brick.
    # fx: shake
    The hand again. He says no four more times and gets the hand four more times. The record of that night will hold none of the noes.
* [Say yes, to make it stop.]
    Yong-gu: Yes.
    It is a small word. It stops the hand. He does not know what it is yes to. He only knows that it worked.
* [Say nothing. Count, the way he counted over her.]
    One. Two. Three. He counts under his breath, the way he counted on the ice, and does not answer.
    They write his silence down as yes. A silence is very easy to write.
-
# sfx: cell_door
# show: commissioner tense center
The door opens on the man in the long dark coat. Nobody needs to tell Yong-gu who he is. Both detectives stand.
The man's face is grey and his hands are not quite steady. He looks at Yong-gu for a long time, the way he did in the shop, and grief and something colder than grief sit side by side in his face.
{ ch1_scuffle:
- "held":
    Commissioner: Yesterday you wouldn't let go of her bag.
- "explained":
    Commissioner: The Saturday man. She told me about you at dinner. She said you looked sad.
    For one second his voice breaks. Then it does not.
- "coins":
    Commissioner: She picked up one of your coins. She wanted to give it back to you.
- else:
    Commissioner: I told you not to come near my daughter.
}
Commissioner: Finish it tonight.
He does not raise his voice. He does not need to. The detectives look at the floor, and it is decided.
# hide: commissioner
Detective: Sign here, and you can go home to your daughter.
Three pages of close type. He can read his name at the top. He can read I, many times. He cannot read the rest, not tonight, not with the lamp humming.
* [Sign, to go home to Ye-sung.]
    He writes his name slowly, each letter separate, the way Ye-sung taught him, like people standing in a queue.
    Yong-gu: Do I go home now?
    Nobody answers.
* [Ask what the paper says.]
    Yong-gu: What does it say?
    Detective: What you told us. Everything you told us.
    He thinks of what he told them: the ice, the brick. He thinks the paper says that. He signs.
* [Press his thumb on it, like a promise stamp.]
    They give him the red ink pad, and he presses his thumb on the paper carefully, straight down, the way you stamp a promise.
    { market.stamped:
        He thinks of Ye-sung's thumb against his at the shop window, small and very serious. He thinks this is a promise too. He thinks it means he will go home.
    - else:
        A stamp means you keep it. He thinks it means he will go home.
    }
-
# show: yonggu_home sad left
The young detective squares the pages on the table and does not look at him.
They take Yong-gu down a corridor that smells of disinfectant and cigarettes. He asks when he can go home. He asks who will light the stove.
{ asked_girl:
    He does not ask about the girl in the red hat again. He carries her down the corridor like something heavy in both arms.
- else:
    He asks whether the girl in the red hat woke up.
    Nobody answers any of it.
}
Across the city, in the one room, the rice under the quilt goes cold. Downstairs, on the landlady's floor, a six-year-old falls asleep sitting up, facing the door.
-> ch2
