// Chapter 0: The Training Court (2013). Adult Ye-sung stands up to open the mock trial of her father's case.
//
// Shared variables declared here (ink VARs are global); chapter 6 may echo them in the closing.
// opening: how Ye-sung began her opening statement: "facts", "father" or "date".
VAR opening = "facts"
// opening_look: whom she looked at while she spoke: "judge", "warden", "room7" or "window".
VAR opening_look = "judge"
// opening_name: how she agreed to name him before the court: "defendant", "both" or "once" (one exception, at the end).
VAR opening_name = "defendant"
// opening_claim: what she told the court it would show first: "could_not", "who" or "done_to_him".
// Chapter 1's prosecutor answers it; chapter 6 may hold her to it.
VAR opening_claim = "could_not"

=== prologue ===
# chapter: 0 The Training Court
# scene: training_court fade
# ambience: courtroom
# music: court
# card: The training court, 2013
An old hearing room inside the prison walls, lent for one morning to the judicial training institute. The benches are bolted to the floor. The dock still has its rail.
# show: yesung_adult neutral center
Lee Ye-sung sits at the defence table with both hands flat on a closed file. She is twenty-two. Her suit is new; her shoes are not. The name on the file is her father's.
* (saw_balloon) [Look at the window.]
    There is one window, high in the wall and barred. Beyond it: the yard, the long grey wall, and along its top, coils of wire.
    A balloon is caught in the wire. A child's balloon, yellow once, gone pale with cold. Each time the wind comes it tugs upward, and each time the wire says no.
* (saw_gallery) [Look at the gallery.]
    # show: warden_2013 neutral farleft
    In the second row, apart, the retired warden sits with his hat on his knee. He is looking at the dock.
    # show: yangho_2013 neutral farright
    Beyond him, five men in borrowed suits look at the floor, at the door, at the guard by the door. A trainee in front has moved his bag away from them.
    Ye-sung knows what each of them was sentenced for, and what they did to her father in his first week. She asked them to come anyway.
    # hide: warden_2013
    # hide: yangho_2013
* (read_file) [Look at the file.]
    The first page is the old judgment: the seal, the charge of the murder of a child, the sentence. Under it, her own index in her small square hand. Some lines are full. Some are only a word and a question mark.
-
# sfx: gavel
Judge: This is a training exercise. Nothing decided in this room has the force of law. Counsel for the defence: your opening statement.
# show: yesung_adult tense center
She stands. Somewhere far off in the prison, a door.
* [Begin with the facts.]
    ~ opening = "facts"
    Ye-sung: Your Honour. One winter evening in 1997, in an icy alley in Seoul, a child slipped, a brick fell from a scaffold, and the child died.
    Ye-sung: A man knelt beside her and tried to bring her back. He was convicted of her murder, and executed. The ice is a fact. The brick is a fact. The rest was written for him by other people.
* [Begin with her father.]
    ~ opening = "father"
    Ye-sung: Your Honour. The defendant's name was Lee Yong-gu. He parked cars. He could count past a hundred if you let him take his time. He had a daughter.
    Ye-sung: He was executed for the murder of a child. I was the daughter. I ask the court to meet the man before it meets the charge.
* [Begin with the date.]
    ~ opening = "date"
    Ye-sung: Your Honour. The twenty-third of December.
    She lets the date sit in the room.
    Ye-sung: My birthday, and the date set for my father's execution, for a death he did not cause. The defence asks the court to give that date back to the truth.
-
Her eyes need somewhere to rest while she speaks.
* [On the judge.]
    ~ opening_look = "judge"
    She holds the judge's eyes, as the handbook says. After a moment he takes his glasses off to listen. It is a small thing. She counts it.
* [On the warden.]
    ~ opening_look = "warden"
    # show: warden_2013 sad farleft
    The warden was there at the end. He holds her eyes as if that were the least he owes.
    # hide: warden_2013
* [On the men of Room 7.]
    ~ opening_look = "room7"
    # show: manbeom_2013 neutral farright
    She looks at the second row. Five men look back, wary, as if they expected to be called something else. The biggest lowers his eyes first.
    # hide: manbeom_2013
* [On the window.]
    ~ opening_look = "window"
    { saw_balloon:
        The balloon is still there. It pulls, and the wire holds, and it pulls again.
    - else:
        Beyond the one high window a balloon is caught in the wire. It cannot come down and it cannot go up.
    }
    She speaks to it, as if it could carry the words out.
-
Ye-sung: What the defence puts before you, somebody kept. Where nobody kept anything, it has only what I remember, and the court may weigh that as it likes.
{ opening == "father":
    Judge: Counsel. You began with your father. In this room he is the defendant, and the court will ask you to call him that.
- else:
    Judge: Counsel, the court knows your relation to the defendant. Keep an advocate's distance, and call him the defendant.
}
* [Do as the court asks.]
    ~ opening_name = "defendant"
    Ye-sung: Yes, Your Honour. The defendant, Lee Yong-gu.
    The words are cold in her mouth. They are meant to be.
* [Tell the judge he cannot be only that.]
    ~ opening_name = "both"
    Ye-sung: With respect, he was both. I will call him the defendant. I will not pretend he was not mine.
    The judge writes something down, and does not repeat the instruction.
* [Bargain with the judge.]
    ~ opening_name = "once"
    Ye-sung: I will call him the defendant, Your Honour, with one exception. At the very end, once, I would like to call him what he was.
    Judge: At the end. Once.
-
Ye-sung: The defence will show the court two things, and the second matters more.
* [What the alley shows.]
    ~ opening_claim = "could_not"
    Ye-sung: First, that he could not have done it. There was ice in that alley, a brick on that scaffold, and a record that was not his.
* [The man himself.]
    ~ opening_claim = "who"
    Ye-sung: First, who he was: not what a file says about a man like him, but who he was on an ordinary day, with a daughter and not much money.
* [The night at the police station.]
    ~ opening_claim = "done_to_him"
    Ye-sung: First, what was done to him: in a room with no window, by men who wrote down answers he never gave.
-
Ye-sung: And second, that a court can be wrong, and say so. Even this one. Even late.
-> ch1
