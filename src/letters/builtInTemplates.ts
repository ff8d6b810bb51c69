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
// paragraph per point of the advice. The note's words go in as they are, each kind as it reads (see
// `materialKinds`): `{{x_text}}` stands whole after a sentence that says whose it is, `{{x_fragment}}` and
// `{{x_list}}` are set into a sentence. A paragraph whose material is missing drops out (`{{#x}}…{{/x}}`) when
// another one carries its point, and stays as a visible `{{x}}` when nothing does. The frame claims nothing
// about the candidate that the note does not say.
const BLANKS = "A {{…}} left is a blank only you can fill: fill it or delete its paragraph; the note's words stand as they are.";

// A paragraph kept only when \`key\` has a value (\`{{#key}}…{{/key}}\`), or only when it has none (\`{{^key}}…{{/key}}\`).
const only = (key: string, text: string) => `{{#${key}}}\n${text}\n{{/${key}}}`;
const unless = (key: string, text: string) => `{{^${key}}}\n${text}\n{{/${key}}}`;
// Material that stands whole (\`{{key_text}}\`), after the sentence that leads into it.
const lead = (key: string, sentence: string) => only(`${key}_text`, `${sentence}\n\n{{${key}_text}}`);

// The greeting, the thanks to the rest of a panel, and the paragraph for this reader alone.
const OPENING_OTHERS = `{{#others}} Please pass my thanks on to {{others}} as well.{{/others}}`;
// What is for this reader alone stands whole (fragments as bullets, see \`safeMaterial\`) after a sentence that leads into it.
const PERSONAL = `{{#personal_text}}

I would also like to say something to you in particular.

{{personal_text}}
{{/personal_text}}`;
const SIGNATURE = `Kind regards,
{{my_name}}
{{#my_phone}}
{{my_phone}}
{{/my_phone}}
{{#my_email}}
{{my_email}}
{{/my_email}}`;
const NEXT_STEP = `{{#call_date}} If I have not heard from you by {{call_date}}, I will give you a call.{{/call_date}}`;

const THANK_YOU = `%% Thank-you letter — the interview went well; send it within a day. Point by point: thank them for their time; restate what you said that ties your skills to the job; show what you learned by listening and how it helps solve their problem, named as they named it; say you want to work for them — if not now, then later; name the next step. ${BLANKS} %%
Subject: Thank you — {{role}} interview

Dear {{first_name}},

Thank you for your time on {{date}} and for our conversation about the {{role}} role at {{company}}.${OPENING_OTHERS}
${PERSONAL}

${lead("skills", `When we spoke, I told you about the work I would bring to the role.`)}
${only("skills_list", `As I said when we met, I would bring {{skills_list}} to the role.`)}
${only("skills_fragment", `As I said when we met, I would bring {{skills_fragment}} to the role.`)}
${unless("skills", `{{skills}}`)}

${lead("learned", `I learned a lot from listening to you, and what you told me has stayed with me.`)}
${only("learned_fragment", `I learned a lot from listening to you, in particular {{learned_that}}.`)}
${only("learned_list", `I learned a lot from listening to you, in particular about {{learned_list}}.`)}

{{#challenge_text}}
{{#challenge_asks}}We also talked about a question I keep thinking about.{{/challenge_asks}}{{^challenge_asks}}You were open with me about what your team is up against.{{/challenge_asks}}

{{challenge_text}}

That is the work I would most like to help you with.
{{/challenge_text}}
${only("challenge_fragment", `The challenge you described — {{challenge_fragment}} — is the problem I would most like to help you solve.`)}
{{^learned}}
${unless("challenge", `{{learned}}`)}
{{/learned}}

I would very much like to work with you at {{company}}, and if the timing is not right now, I hope we can work together later.${NEXT_STEP}

${SIGNATURE}
`;

const RECOVERY = `%% Recovery letter — the interview went poorly; send it within a day. Point by point: thank them; take one or two of their questions again, each with the answer you would give now; offer a short, researched proposal for their problem or their customers' satisfaction; say you remain interested; name the next step. ${BLANKS} %%
Subject: Following up on our conversation about the {{role}} role

Dear {{first_name}},

Thank you for meeting me on {{date}} to talk about the {{role}} role at {{company}}.${OPENING_OTHERS}
${PERSONAL}

I have kept thinking about our conversation, and about your questions in particular.
{{#question_answers}}

{{question_answers}}
{{/question_answers}}
{{^question_answers}}
{{#questions_text}}

{{questions_text}}
{{/questions_text}}
${only("questions_list", `You asked me about {{questions_list}}.`)}
${only("questions_fragment", `You asked me about {{questions_fragment}}.`)}

${lead("better_answers", `This is how I would answer now.`)}
${only("better_answers_fragment", `Now I would answer that {{better_answers_fragment}}.`)}
${only("better_answers_list", `Now I would answer with {{better_answers_list}}.`)}
${unless("better_answers", `{{better_answers}}`)}
{{/question_answers}}

I have also thought more about {{#challenge_fragment}}what you told me — {{challenge_fragment}} —{{/challenge_fragment}}{{^challenge_fragment}}{{#challenge}}the problem you described,{{/challenge}}{{^challenge}}how I could help,{{/challenge}}{{/challenge_fragment}} and I would like to offer a short proposal.

${only("proposal_text", `{{proposal_text}}`)}
${only("proposal_to", `What I would propose is {{proposal_to}}.`)}
${unless("proposal", `{{proposal}}`)}

I remain very interested in the role, and I would welcome the chance to talk about it further.${NEXT_STEP}

${SIGNATURE}
`;

const AFTER_REJECTION = `%% Reply after a rejection — gracious and brief. Point by point: thank them for the chance and their time; recall one specific thing from the meeting; do not argue with the decision; say once that you would like to be considered in the future; offer to stay in touch. The last paragraph asks for a word of feedback: delete it if you would rather not ask. ${BLANKS} %%
Subject: Thank you for considering me for the {{role}} role

Dear {{first_name}},

Thank you for letting me know, and for the chance to interview for the {{role}} role at {{company}}. I appreciated the time you gave me on {{date}}.

${lead("learned", `I learned a lot from our conversation, and what you told me has stayed with me.`)}
${only("learned_fragment", `I learned a lot from our conversation, in particular {{learned_that}}.`)}
${only("learned_list", `I learned a lot from our conversation, in particular about {{learned_list}}.`)}
{{^learned}}
${lead("challenge", `I will follow with interest how your team takes on {{#challenge_asks}}the question we discussed{{/challenge_asks}}{{^challenge_asks}}what you told me about{{/challenge_asks}}.`)}
${only("challenge_fragment", `I will follow with interest how your team takes on the challenge you described — {{challenge_fragment}}.`)}
${unless("challenge", `{{learned}}`)}
{{/learned}}

I understand your decision. If a role opens up at {{company}} in the future, I would be glad to be considered, and I would like to stay in touch.

If you have a moment, I would welcome a word on what would have made my application stronger.

${SIGNATURE}
`;

const MEETING_THANKS = `%% Thanks after an informational or advice meeting — point by point: thank them for their time and advice; say what you learned and which advice you took, each as theirs; say what you will do with it; offer to keep them posted. ${BLANKS} %%
Subject: Thank you for your time and advice

Dear {{first_name}},

Thank you for taking the time to talk with me on {{date}}.${OPENING_OTHERS}
${PERSONAL}

${lead("advice", `Your advice has stayed with me.`)}
${only("advice_fragment", `Thank you especially for your advice to {{advice_fragment}}.`)}
${only("advice_list", `Thank you especially for your advice on {{advice_list}}.`)}

${lead("learned", `I {{#advice}}also {{/advice}}keep coming back to what you told me.`)}
${only("learned_fragment", `What you said {{#advice}}also {{/advice}}made me see {{learned_that}}.`)}
${only("learned_list", `What you said about {{learned_list}} was new to me.`)}
{{^advice}}
${unless("learned", `{{advice}}`)}
{{/advice}}

${lead("next", `This is what I will do with it.`)}
${only("next_fragment", `As a next step, I will {{next_fragment}}.`)}
${only("next_list", `Next, I will {{next_list}}.`)}
${unless("next", `{{next}}`)}

I would be glad to keep you posted on how it goes.

${SIGNATURE}
`;

const INTRODUCER_THANKS = `%% Introducer thanks — thank the person who introduced you, for the opportunity; say whom you met and how it went. Keep what you learned about the company's problems to yourself. Send it within a day. ${BLANKS} %%
Subject: Thank you for the introduction to {{#is_meeting}}{{contacts}}{{/is_meeting}}{{^is_meeting}}{{company}}{{/is_meeting}}

Dear {{first_name}},

{{#is_meeting}}Thank you for introducing me to {{contacts}}{{#company}} at {{company}}{{/company}}. We spoke on {{date}}.{{/is_meeting}}{{^is_meeting}}Thank you for introducing me to {{company}}. I met {{contacts}} on {{date}}.{{/is_meeting}}

{{how_it_went}}

If there is ever anything I can do for you, please ask.

${SIGNATURE}
`;

const CALL = `%% Call script — no answer one week after the interview. Call the interviewer or the hiring manager to say you remain interested; keep it short. On voicemail, say your number slowly, and twice. %%
## Call {{company}} about the {{role}} role

**Ask for:** {{interviewer}}, or the hiring manager for the {{role}} role.

**Phone:** {{phone}}

### Opener
- "Hello {{first_name}}, this is {{my_name}}. We met on {{date}} about the {{role}} role."
- "I am calling because I remain very interested in it, and I would like to know where things stand."

### Timeline and next steps
- Where are you in the process, and when do you expect to decide?
- What are the next steps, and is there anything more I can send you?
- When would be a good time for me to check in again?

### On voicemail
"Hello {{first_name}}, this is {{my_name}}, calling about the {{role}} role we discussed on {{date}}. I remain very interested and would welcome an update on the next steps. You can reach me at {{my_phone}}. Again, that is {{my_phone}}. Thank you."
`;

const CHECK_IN = `%% Check-in — every 4 to 6 weeks, bring them something of value. After a job interview: an article, a seminar or a piece of news relevant to their challenge, why it matters to it, and a word of interest. After an informational or advice meeting: an update on what you did with their advice — not a pitch for a job.{{#challenge}} Their challenge, from your note: {{challenge}}{{/challenge}} %%
{{#is_interview}}
Subject: For your team: {{article_title}}

Dear {{first_name}},

Since we talked on {{date}} about the {{role}} role, I have kept {{#challenge}}your team's challenge{{/challenge}}{{^challenge}}our conversation{{/challenge}} in mind, and this made me think of you.

{{article_title}}
{{article_url}}

{{why}}

{{#is_rejected}}I would be glad to work with your team in the future, and to talk again whenever it suits you.{{/is_rejected}}{{^is_rejected}}I remain very interested in the role at {{company}}, and I would be glad to talk again whenever it suits you.{{/is_rejected}}
{{/is_interview}}
{{^is_interview}}
Subject: An update since our conversation on {{date}}

Dear {{first_name}},

When we talked on {{date}}, I promised to let you know what I did with your advice{{#advice_fragment}} to {{advice_fragment}}{{/advice_fragment}}.

${only("update", `{{update}}`)}
{{^update}}
{{#section:Follow-up notes}}
{{section:Follow-up notes}}
{{/section:Follow-up notes}}
{{^section:Follow-up notes}}
{{update}}
{{/section:Follow-up notes}}
{{/update}}

{{#article_title}}
I also came across this and thought of you.

{{article_title}}
{{article_url}}

{{why}}
{{/article_title}}

Thank you again for your help.
{{/is_interview}}

${SIGNATURE}
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
