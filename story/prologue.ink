// Chapter 0: The Training Court (2013). Adult Ye-sung stands up to open the mock trial of her father's case.
//
// Shared variables declared here (ink VARs are global); chapter 6 may echo them in the closing.
// opening: how Ye-sung began her opening statement: "facts", "father" or "date".
VAR opening = "facts"
// opening_look: whom she looked at while she spoke: "judge", "warden", "room7" or "window".
VAR opening_look = "judge"
// opening_name: how she agreed to name him before the court: "defendant", "both" or "once" (one exception, at the end).
VAR opening_name = "defendant"

=== prologue ===
# chapter: 0 The Training Court
# scene: training_court fade
# ambience: courtroom
# music: court
# card: The training court, 2013
The room smells of floor polish and warm radiator dust. It is an old hearing room inside the prison walls, lent for one morning to the judicial training institute, and it has not forgotten what it was for. The benches are bolted to the floor. The dock still has its rail.
# show: yesung_adult neutral center
Lee Ye-sung sits at the defence table with both hands flat on a closed file. She is twenty-two. Her suit is new; her shoes are not. The name typed on the file's tab is her father's.
Across the aisle, the trainee who will play the prosecutor caps his pen, uncaps it, caps it again. The judge, a real one, borrowed like the room, reads with his glasses low on his nose.
She has a minute. Perhaps less.
* (saw_balloon) [Look at the window.]
    There is one window, high in the wall and barred. Beyond it: the yard, the long grey wall, and along the top of the wall, coils of wire.
    A balloon is caught in the wire. A child's balloon, yellow once, gone pale with cold. Its string has wound itself into the barbs, and every time the wind comes it tugs upward, and every time the wire says no.
    She has been watching it since nine o'clock. She makes herself stop.
* (saw_gallery) [Look at the gallery.]
    # show: warden_2013 neutral farleft
    The gallery is three benches, nearly empty: a clerk, a few trainees, and in the second row six men who do not belong to the institute.
    The warden sits with his hat on his knee. He retired years ago, but she has never called him anything else. His hair went white the winter after. When he sees her looking he does not smile. He nods once, the way a man signs for something.
    # show: yangho_2013 neutral farright
    Along the row from him sit five men in suits bought or borrowed for today. Yang-ho's tie is knotted like a fist. Bong-shik wears a red thread round his wrist for luck. Man-beom is already holding a handkerchief. Chun-ho is talking. Old Da-do, oldest of all, has brought a book.
    Bong-shik: Is she nervous? She looks nervous.
    Yang-ho: She's not nervous. You're nervous. Shut up.
    Chun-ho: She's doing the face, though. Her dad used to do that face. Right before he did something brave.
    Da-do: Or something kind. It was usually the same face.
    Man-beom says nothing. He lifts the handkerchief an inch, to show her it is ready.
    # hide: warden_2013
    # hide: yangho_2013
* (read_file) [Look at the file.]
    She opens the cover. The first page is the old judgment, and she knows it by heart: the seal, the charge of the murder of a child, the sentence, the signatures. Under it lies her own index in her own small square hand. Exhibits. Witnesses. Questions.
    Some lines are full. Some are only a word and a question mark. She closes the file. What she has, she has.
-
# sfx: gavel
Judge: This court is in session. I remind everyone present that this is a training exercise. Nothing decided in this room has the force of law.
Judge: Counsel for the defence. Your opening statement, please.
* [Stand at once.]
    She is on her feet before he has finished the sentence, and her chair scrapes. In the gallery someone whispers that she was always quick, and someone else elbows him.
* [Count to three first.]
    One. Two. Three. Slowly, with her whole face, the way a man once counted coins onto a shop counter so as not to get it wrong.
    Then she stands.
* [Look at the prosecutor first.]
    The trainee across the aisle meets her eyes and gives her a small nod, colleague to colleague. He drew the short straw today: he must argue a case that nobody in this room wants him to win. He seems to know it.
    She nods back. Then she stands.
-
# show: yesung_adult tense center
The room is so quiet she can hear the radiator tick, and somewhere far off in the prison, a door.
* [Begin with the facts.]
    ~ opening = "facts"
    Ye-sung: Your Honour. On a winter evening in 1997, on an icy street beside a market in Seoul, a child slipped, a brick fell from a scaffold, and the child died.
    Ye-sung: A man knelt beside her and tried to bring her back, in the only way he knew. He was arrested that night. He was convicted of her murder. He was executed.
    Ye-sung: The ice is a fact. The brick is a fact. The man on his knees is a fact. The defence will show that the rest is a story, and that it was written for him by other people.
* [Begin with her father.]
    ~ opening = "father"
    Ye-sung: Your Honour. The defendant's name was Lee Yong-gu. He parked cars. He paid his rent on time. He could count past a hundred if you let him take his time. He had a daughter.
    Ye-sung: He taught her that a promise is made with the whole hand. He was convicted of the murder of a child, and executed for it.
    Ye-sung: I was the daughter. I ask the court to meet the man before it meets the charge.
* [Begin with the date.]
    ~ opening = "date"
    Ye-sung: Your Honour. The twenty-third of December.
    She lets the date sit in the room, the way it sits in her, once a year.
    Ye-sung: It is my birthday. It is also the date chosen for my father's execution, for a death he did not cause. Every year on that day I grow a year older, and he does not.
    Ye-sung: The defence asks the court to give that date back to the truth.
- Ye-sung: Everything the defence puts before you, it found where somebody had kept it: in a police property envelope, in a newspaper's archive, in an evidence box nobody had opened since 1997, in a parcel that came with no letter. Where nobody kept anything, it has only what I remember. The court may weigh that as it likes.
While she speaks, her eyes need somewhere to rest.
* [On the judge.]
    ~ opening_look = "judge"
    She holds the judge's eyes, because the handbook says so. After a moment he takes his glasses off and listens with his whole face. It is a small thing. She counts it anyway.
* [On the warden.]
    ~ opening_look = "warden"
    # show: warden_2013 sad farleft
    She looks at the warden, and he does not look away. He was there at the end. He holds her eyes as if that is the least he owes, and perhaps the most he can pay.
    # hide: warden_2013
* [On the men of Room 7.]
    ~ opening_look = "room7"
    # show: manbeom_2013 sad farright
    She looks at the second row. Man-beom has begun to cry without a sound, his big shoulders going up and down. Yang-ho glares along the bench at anyone who might think of commenting. Bong-shik gives her a double thumbs-up, then, remembering where he is, sits on his hands.
    # hide: manbeom_2013
* [On the window.]
    ~ opening_look = "window"
    { saw_balloon:
        The balloon is still there. It pulls, and the wire holds, and it pulls again. It has not given up since nine o'clock.
    - else:
        There is something caught in the wire on the wall beyond the one high window: a balloon, pale with cold, tugging at its string. It will not come down and it cannot go up.
    }
    She speaks to it, as if it could carry the words over the wall.
- Judge: Counsel. One moment before you go on.
{ opening == "father":
    Judge: You began with your father. The court understands. But in this room, the man you are defending is the defendant. The court will ask you to call him that.
- else:
    Judge: The court is aware of your relation to the defendant. It will ask you to keep the distance an advocate keeps, and to call him the defendant.
}
* [Agree: the defendant, Lee Yong-gu.]
    ~ opening_name = "defendant"
    Ye-sung: Yes, Your Honour. The defendant, Lee Yong-gu.
    The words are cold in her mouth. They are meant to be. Cold words carry further in a courtroom than warm ones.
    Da-do: Good. Let them see she can do it cold.
* [Answer that he was both.]
    ~ opening_name = "both"
    Ye-sung: With respect, Your Honour, he was both. I will call him the defendant. I will not pretend he was not mine.
    The judge looks at her over the glasses for a long moment. Then he writes something down, and does not repeat the instruction.
    Yang-ho: That's her. That's the kid.
* [Ask for one exception, at the end.]
    ~ opening_name = "once"
    Ye-sung: I will call him the defendant, Your Honour. I ask for one exception. At the very end, once, I would like to call him what he was.
    Judge: At the end. Once.
    Chun-ho: She bargained with a judge. Did you see that? She bargained.
- Ye-sung: The defence will show the court two things, and the second matters more.
* [That he could not have done it.]
    Ye-sung: First, that he could not have done what he was convicted of. There was ice on that street. There was a brick on that scaffold. There was a record, and it was not his.
* [Who he was.]
    Ye-sung: First, who he was. Not what a file says about a man like him. Who he was, on an ordinary day, in a cold month, with a daughter and not much money.
* [What was done to him.]
    Ye-sung: First, what was done to him: in a room with no window, by men who wrote down answers he never gave, and in a courtroom that believed them.
- Ye-sung: And second, that a court can be wrong, and say so. Even this one. Even late.
She opens the file to the first page of her own index. The first exhibit is not a paper.
The first exhibit is a winter.
-> ch1
