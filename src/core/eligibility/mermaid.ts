/**
 * A Mermaid flowchart of the question flow and the policies, for a hub's own documentation:
 * paste it into any Markdown renderer that draws Mermaid.
 */
import { CHECK_ANSWERS, type Condition, type Eligibility, type NextStep, type Question } from './schema.js';

/** Condition in short words, e.g. `work_setting = a_school and not on_rise_list = yes`. */
export function describeCondition(condition: Condition): string {
  if (condition.all) return condition.all.map((part) => wrap(part, describeCondition(part))).join(' and ');
  if (condition.any) return condition.any.map((part) => wrap(part, describeCondition(part))).join(' or ');
  if (condition.not) return `not ${wrap(condition.not, describeCondition(condition.not))}`;
  if (condition.fact !== undefined) return condition.fact;
  const subject = condition.question ?? '';
  if (condition.equals !== undefined) return `${subject} = ${condition.equals}`;
  if (condition.oneOf !== undefined) return `${subject} in ${condition.oneOf.join(' | ')}`;
  if (condition.inGroup !== undefined) return `${subject} in ${condition.inGroup}`;
  if (condition.lessThan !== undefined) return `${subject} < ${condition.lessThan}`;
  if (condition.atMost !== undefined) return `${subject} ≤ ${condition.atMost}`;
  if (condition.greaterThan !== undefined) return `${subject} > ${condition.greaterThan}`;
  if (condition.atLeast !== undefined) return `${subject} ≥ ${condition.atLeast}`;
  if (condition.before !== undefined) return `${subject} before ${condition.before}`;
  if (condition.onOrAfter !== undefined) return `${subject} from ${condition.onOrAfter}`;
  return condition.answered === false ? `${subject} not answered` : `${subject} answered`;
}

function wrap(part: Condition, words: string): string {
  return part.all || part.any ? `(${words})` : words;
}

/** Mermaid needs quotes and angle brackets as entities inside labels. */
function label(text: string): string {
  return `"${text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}

function stepLabel(question: Question, step: NextStep): string | undefined {
  const optionLabel = (value: string) => question.options?.find((option) => option.value === value)?.label ?? value;
  if (step.answer !== undefined) return optionLabel(step.answer);
  if (step.answers !== undefined) return step.answers.map(optionLabel).join(' / ');
  if (step.when !== undefined) return `if ${describeCondition(step.when)}`;
  return undefined;
}

/** The flow as `flowchart TD` text: questions, terminal outcomes, check answers and each policy. */
export function toMermaid(eligibility: Eligibility): string {
  const lines = ['flowchart TD'];
  const questionNode = (id: string) => `q_${id}`;
  const outcomeNode = (code: string) => `o_${code}`;
  const outcomeTitle = (code: string) => eligibility.outcomes.find((outcome) => outcome.code === code)?.title ?? code;
  const outcomesShown = new Set<string>();
  const showOutcome = (code: string) => {
    if (outcomesShown.has(code)) return;
    outcomesShown.add(code);
    lines.push(`  ${outcomeNode(code)}[[${label(`${code}: ${outcomeTitle(code)}`)}]]`);
  };

  for (const question of eligibility.questions) lines.push(`  ${questionNode(question.id)}[${label(question.legend)}]`);
  lines.push(`  check([${label('Check your answers')}])`);
  for (const question of eligibility.questions) {
    for (const step of question.next) {
      const edge = stepLabel(question, step);
      const arrow = edge === undefined ? '-->' : `-->|${label(edge)}|`;
      if (step.end !== undefined) {
        showOutcome(step.end);
        lines.push(`  ${questionNode(question.id)} ${arrow} ${outcomeNode(step.end)}`);
      } else if (step.goTo === CHECK_ANSWERS) {
        lines.push(`  ${questionNode(question.id)} ${arrow} check`);
      } else if (step.goTo !== undefined) {
        lines.push(`  ${questionNode(question.id)} ${arrow} ${questionNode(step.goTo)}`);
      }
    }
  }
  eligibility.policies.forEach((policy, index) => {
    const node = `p_${index}`;
    const name = policy.label ?? (policy.cohort !== undefined ? `Cohort ${policy.cohort}` : 'Any cohort');
    lines.push(`  ${node}{{${label(`${name}: ${policy.rules.length} rules`)}}}`);
    lines.push(`  check ${policy.cohort !== undefined ? `-->|${label(policy.cohort)}|` : '-->'} ${node}`);
    for (const code of new Set(policy.rules.map((rule) => rule.outcome))) {
      showOutcome(code);
      lines.push(`  ${node} --> ${outcomeNode(code)}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
