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

const THANK_YOU = `%% Thank-you letter — the interview went well. Send it within a day. One job per paragraph: thank them for their time; restate what you said that ties your skills to the job description; show what you learned by listening and how it helps solve their problem; say you want to work for them — if not now, then in the future. %%
Subject: Thank you — {{role}} interview on {{date}}

Dear {{interviewer}},

Thank you for taking the time to meet me on {{date}} to talk about the {{role}} role at {{company}}.

As I said when we met, what I bring matches what the role asks for: {{skills}}.

I also learned a lot by listening to you: {{learned}}. That gives me a clearer picture of the problem you want solved: {{challenge}}. I am confident I could help {{company}} solve it.

I would very much like to work for {{company}}. If the timing is not right now, I hope we can work together in the future.

Kind regards,
{{my_name}}
`;

const RECOVERY = `%% Recovery letter — the interview went poorly. Send it within a day. Thank them; take one or two of their questions again with the answer you would give now; offer a short, researched proposal that could solve their problem or raise their customers' satisfaction; repeat your interest. %%
Subject: Thank you — and a better answer, {{role}} interview on {{date}}

Dear {{interviewer}},

Thank you for meeting me on {{date}} to talk about the {{role}} role at {{company}}.

I have kept thinking about our conversation, and I would like to come back to a question or two I could have answered better:

{{questions}}

I have also looked further into the problem you described: {{challenge}}. Here is a short proposal: %% two or three researched sentences — what you would do first, and how it would solve their problem or raise their customers' satisfaction %%

I remain very interested in working for {{company}} and would welcome the chance to talk about it.

Kind regards,
{{my_name}}
`;

const AFTER_REJECTION = `%% Reply after a rejection — thank them for the chance and their time; do not argue with the decision; say you would like to be considered for future roles — if not now, then in the future; offer to stay in touch. %%
Subject: Thank you — {{role}} at {{company}}

Dear {{interviewer}},

Thank you for letting me know, and for the time you and the team gave me during the process for the {{role}} role.

I enjoyed learning about {{company}}, and I respect your decision.

I would still very much like to work with you. If another role opens up, I hope you will think of me — if not now, then in the future.

May I stay in touch? I would be glad to hear how things go for the team.

Kind regards,
{{my_name}}
`;

const MEETING_THANKS = `%% Thanks after an informational or advice meeting — thank them for their time and advice; say what you learned or which advice you took; say what you will do with it; offer to keep them posted. %%
Subject: Thank you for your time and advice

Dear {{interviewer}},

Thank you for taking the time to talk with me on {{date}}. I appreciated your openness and your advice.

{{learned}}

{{advice}}

I will put it to use in my search, and I would be glad to keep you posted on how it goes.

Kind regards,
{{my_name}}
`;

const INTRODUCER_THANKS = `%% Introducer thanks — thank the person who introduced you, for the opportunity: say whom you met and how it went. Send it within a day of the interview. %%
Subject: Thank you for the introduction to {{company}}

Dear {{introducer}},

Thank you for introducing me to {{company}}. Thanks to you, I met {{interviewer}} on {{date}} to talk about the {{role}} role.

%% how it went, in a sentence or two %% We talked about what {{company}} is working on: {{challenge}}. I came away with a much better picture of the team and its work.

I am grateful for the opportunity, and I will let you know how it goes.

Kind regards,
{{my_name}}
`;

const CALL = `%% Call script — no answer one week after the interview. Call the interviewer or the hiring manager to say you remain interested; keep it short. %%
## Call script: {{company}}

**Ask for:** {{interviewer}}, or the hiring manager for the {{role}} role. Phone: {{phone}}

**Opener (two lines):**
"Hello {{interviewer}}, this is {{my_name}}. We met on {{date}} about the {{role}} role, and I am calling because I remain very interested in it."
"Since we spoke I have kept thinking about what you told me: {{challenge}}. I would love to help with it."

**Ask about the timeline and next steps:**
- Where are you in the hiring process, and when do you expect to decide?
- What are the next steps, and is there anything more I can send you?
- When would be a good time for me to check in again?

**On voicemail:**
"Hello {{interviewer}}, this is {{my_name}}, calling about the {{role}} role we discussed on {{date}}. I remain very interested and would welcome an update on the next steps. Thank you, and I look forward to hearing from you."
`;

const CHECK_IN = `%% Check-in — every 4 to 6 weeks, bring them something of value: an article you read, a seminar you attended, a piece of news relevant to their challenges and their company. Say in one line why it matters to them, and renew your interest. %%
Subject: {{article_title}} — thought of {{company}}

Dear {{interviewer}},

I came across this and thought of what you told me about your challenge: {{challenge}}.

**{{article_title}}**
{{article_url}}

{{why}}

I remain very interested in {{company}} and the {{role}} role, and I would be glad to talk again whenever it suits you.

Kind regards,
{{my_name}}
`;

const INTERVIEW = `---
type: interview
date: {{date}}
company: {{company}}
role: {{role}}
interviewer: {{interviewer}}
introducer: {{introducer}}
email:
phone:
outcome:
status: waiting
skills: []
learned:
questions: []
challenge:
letter_sent:
introducer_thanked:
called:
check_ins: []
snoozed_until:
---
# Interview at {{company}}

%% Fill this in right after the interview, while you remember it: the letter is due tomorrow. Set outcome to well or poorly to choose between the thank-you and the recovery letter; list the skills you tied to the job, what you learned, the questions you would answer better, and their challenge. %%

## Questions asked

## What you learned

## Their challenges

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
