/**
 * The built-in templates, one per follow-up step plus the new interview note. Each follows the advice of its
 * step (SPEC.md "Where the rules come from") paragraph by paragraph, and opens with an Obsidian comment
 * (`%% … %%`, hidden in reading view) that says what the draft is for, so the advice is in front of the user
 * while they edit and out of the way when they copy the letter from reading view.
 */

/** The template files of SPEC.md section 6, by name (the file is `<name>.md` in the templates folder). */
export type TemplateName =
	| "thank-you"
	| "recovery"
	| "after-rejection"
	| "meeting-thanks"
	| "introducer-thanks"
	| "call"
	| "check-in"
	| "interview";

/** Every template, in the order "Create follow-up templates" writes and reports them. */
export const TEMPLATE_NAMES: readonly TemplateName[] = [
	"thank-you", "recovery", "after-rejection", "meeting-thanks", "introducer-thanks", "call", "check-in", "interview",
];

// Every letter: the advice of its step at the top, in a comment that never leaves the note; then one short
// paragraph per point of the advice. Text from the note always stands on lines of its own, after a sentence
// that leads into it, so a list, a paragraph or an unfilled `{{key}}` all read well in its place.
const BLANKS = "Fill in or delete any {{…}} left; the note's words stand as they are.";

const THANK_YOU = `%% Thank-you letter — the interview went well; send it within a day. Point by point: thank them for their time; restate what you said that ties your skills to the job; show what you learned by listening and how it helps solve their problem; say you want to work for them — if not now, then in the future. ${BLANKS} %%
Subject: Thank you for the {{role}} interview

Dear {{interviewer}},

Thank you for taking the time to meet me on {{date}} to talk about the {{role}} role at {{company}}.

As I said when we met, this is what I would bring to the role:

{{skills}}

I also learned a lot from listening to you.

{{learned}}

It is the kind of problem I have worked on before, and I would be glad to help {{company}} solve it.

I would very much like to work for {{company}}. If the timing is not right now, I hope we can work together in the future.

Kind regards,
{{my_name}}
`;

const RECOVERY = `%% Recovery letter — the interview went poorly; send it within a day. Point by point: thank them; take one or two of their questions again, each with the answer you would give now; offer a short, researched proposal that could solve their problem or raise their customers' satisfaction; say you remain interested. ${BLANKS} %%
Subject: Following up on our {{role}} interview

Dear {{interviewer}},

Thank you for meeting me on {{date}} to talk about the {{role}} role at {{company}}.

I have kept thinking about our conversation, and I do not think I did justice to some of your questions. You asked:

{{questions}}

This is how I would answer them now.

{{better_answers}}

I have also thought more about the problem you described, and I would like to offer a short proposal.

{{proposal}}

I remain very interested in working for {{company}}, and I would welcome the chance to talk about it further.

Kind regards,
{{my_name}}
`;

const AFTER_REJECTION = `%% Reply after a rejection — point by point: thank them for the chance and their time; do not argue with the decision; say you would like to be considered for future roles — if not now, then in the future; offer to stay in touch. ${BLANKS} %%
Subject: Thank you for considering me for the {{role}} role

Dear {{interviewer}},

Thank you for letting me know, and for the chance to interview for the {{role}} role. I appreciated the time you and the team gave me.

I understand and respect your decision.

I enjoyed learning about {{company}}, and I would still very much like to work with you. If another role opens up, I hope you will think of me — if not now, then in the future.

I would be glad to stay in touch, and I will follow the team's work with interest.

Kind regards,
{{my_name}}
`;

const MEETING_THANKS = `%% Thanks after an informational or advice meeting — point by point: thank them for their time and advice; say what you learned or which advice you took; say what you will do with it; offer to keep them posted. ${BLANKS} %%
Subject: Thank you for your time and advice

Dear {{interviewer}},

Thank you for taking the time to talk with me on {{date}}. I am grateful for your openness and your advice.

What you told me has stayed with me.

{{learned}}

{{advice}}

This is what I will do with it.

{{section:What I will do next}}

I would be glad to keep you posted on how it goes.

Kind regards,
{{my_name}}
`;

const INTRODUCER_THANKS = `%% Introducer thanks — thank the person who introduced you, for the opportunity; say whom you met and how it went. Keep what you learned about the company's problems to yourself. Send it within a day. ${BLANKS} %%
Subject: Thank you for the introduction to {{company}}

Dear {{introducer}},

Thank you for introducing me to {{company}}. I am grateful for the opportunity.

Thanks to you, I met {{contacts}} at {{company}} on {{date}}.

{{how_it_went}}

I will let you know how things go from here.

Kind regards,
{{my_name}}
`;

const CALL = `%% Call script — no answer one week after the interview. Call the interviewer or the hiring manager to say you remain interested; keep it short. %%
## Call {{company}} about the {{role}} role

**Ask for:** {{interviewer}}, or the hiring manager for the {{role}} role.

**Phone:** {{phone}}

### Opener
- "Hello {{interviewer}}, this is {{my_name}}. We met on {{date}} about the {{role}} role."
- "I am calling because I remain very interested in it, and I would like to know where things stand."

### Timeline and next steps
- Where are you in the process, and when do you expect to decide?
- What are the next steps, and is there anything more I can send you?
- When would be a good time for me to check in again?

### On voicemail
"Hello {{interviewer}}, this is {{my_name}}, calling about the {{role}} role we discussed on {{date}}. I remain very interested and would welcome an update on the next steps. Thank you, and I look forward to hearing from you."
`;

const CHECK_IN = `%% Check-in — every 4 to 6 weeks, bring them something of value: an article you read, a seminar you attended, a piece of news relevant to their challenges and their company. Say in a line or two why it matters to their challenge, and renew your interest. Their challenge, from your note: {{challenge}} %%
Subject: {{article_title}}

Dear {{interviewer}},

I came across this and thought of you and the team at {{company}}.

{{article_title}}
{{article_url}}

{{why}}

I remain very interested in {{company}}, and I would be glad to talk again whenever it suits you.

Kind regards,
{{my_name}}
`;

const INTERVIEW = `---
type: {{type}}
date: {{date}}
company: {{company}}
role: {{role}}
interviewer: {{interviewer}}
introducer: {{introducer}}
email:
phone:
outcome:
status: waiting
letter_sent:
introducer_thanked:
called:
check_ins: []
snoozed_until:
---
# {{company}}: {{role}}

%% Fill this in right after the meeting, while you remember it: the letter is due tomorrow. After a job interview, set outcome to well or poorly. Under each heading, write as you would say it to them: the letters take your words as they are. Leave a section empty when it does not apply. %%

## What I said
%% The skills you tied to the job, as you would say it to them: "I led…", or a list such as "- SQL". %%

## What I learned
%% What you learned by listening, as you would say it to them: "Your team…". %%

## Their challenges
%% Their problem, as they put it; for you and the call script, never sent to the person who introduced you. %%

## Questions they asked
%% One or two questions you would answer again, one per line: "- How would you…?". %%

## Answers I would give now
%% The answer you would give now to each, as you would say it to them. %%

## Proposal
%% Two or three researched sentences, as you would say it to them: what you would do first, and how it helps them or their customers. %%

## Advice I got
%% After an advice or informational meeting: their advice, as you would thank them for it: "Your advice to…". %%

## What I will do next
%% What you will do with what you learned, as you would say it to them: "I will…". %%

## Follow-up notes
`;

/** The built-in text of each template, used when the templates folder has no file of that name. */
export const BUILT_IN_TEMPLATES: Readonly<Record<TemplateName, string>> = Object.freeze({
	"thank-you": THANK_YOU,
	recovery: RECOVERY,
	"after-rejection": AFTER_REJECTION,
	"meeting-thanks": MEETING_THANKS,
	"introducer-thanks": INTRODUCER_THANKS,
	call: CALL,
	"check-in": CHECK_IN,
	interview: INTERVIEW,
});

/** The file a template is read from, inside the templates folder: `thank-you.md`, …. */
export function templateFileName(name: TemplateName): string {
	return `${name}.md`;
}
