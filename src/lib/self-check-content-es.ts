import { helpLine } from '../data/crisis.ts';
import { factsEs } from './facts-es.ts';
import {
  safetyOrder,
  selfCheckQuestions,
  urgentSafety,
  type Escalation,
  type Outcome,
  type OutcomeText,
  type Points,
  type QuestionId,
  type SafetyKind,
  type SafetyText,
  type SelfCheckAnswer,
  type SelfCheckQuestion,
} from './self-check-content.ts';
import type { AnswerDescription } from './self-check.ts';
import { questionsInVoice, type QuestionWords, type SelfCheckWords } from './self-check-words.ts';

/**
 * The self-check "¿Es un IOP adecuado para mí?" in Spanish ("usted"): the same questions, answers, points, safety
 * boxes, escalations and results as src/lib/self-check-content.ts, with only the words changed. The structure is
 * never typed again here: it is taken from the English questions (`questionsInVoice`), so the rules in
 * src/lib/self-check.ts give the same result in both languages. Numbers come from `factsEs`, help lines from
 * src/data/crisis.ts. Words: /work/notes/es-brief.md (key terms) and CONTENT.md ("Safety on every page").
 */

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;
const helpline = helpLine('helpline').display;

/** 988's Spanish option, read from the help line's own details ("2 for Spanish (or text AYUDA to 988)"), never retyped. */
function spanishOptionOf988(): string {
  const line = helpLine('crisis');
  const found = /(\d+) for Spanish \(or text (\S+) to (\d+)\)/.exec(line.details);
  if (!found) throw new Error(`The 988 details no longer say how to reach Spanish: "${line.details}"`);
  const [, key, word, to] = found;
  return `para español, oprima ${key} (o envíe ${word} al ${to})`;
}

/** "para español, oprima 2 (o envíe AYUDA al 988)" */
export const crisisSpanishOption = spanishOptionOf988();
/** The same, as a sentence of its own, after "Llame o envíe un mensaje de texto al 988 …". */
export const crisisSpanishSentence = `${crisisSpanishOption.charAt(0).toUpperCase()}${crisisSpanishOption.slice(1)}.`;
/** "llame o envíe un mensaje de texto al 988" */
const callOrText = `llame o envíe un mensaje de texto al ${crisis}`;
const CallOrText = `Llame o envíe un mensaje de texto al ${crisis}`;
/** The whole 988 action with its Spanish option, as the brief gives it. */
export const crisisActionEs = `${callOrText}; ${crisisSpanishOption}`;

/** SAMHSA's National Helpline, by its Spanish name. */
export const helplineNameEs = 'Línea Nacional de Ayuda de SAMHSA';
const samhsaLine = `La ${helplineNameEs} es gratis y atiende en español. Puede encontrar atención cerca de usted, de día y de noche.`;

const firstFits = 'Si hay más de una respuesta cierta, elija la primera que corresponda.';

/** Where the Spanish self-check sends readers for overdose signs and naloxone, relative to the base path. */
export const overdoseInfoPathEs = 'es/opioides-y-sobredosis/';
export const overdoseInfoTextEs = 'las señales de una sobredosis y la naloxona';

/** Why withdrawal needs medical care: the Spanish twin of who-is-it-for/#why-withdrawal-needs-medical-care. */
export const withdrawalInfoPathEs = 'es/para-quien-es/#por-que-la-abstinencia-necesita-atencion-medica';

const dim1 = 'Dimensión 1 de ASAM: intoxicación, abstinencia y medicamentos para la adicción';
const dim3 = 'Dimensión 3 de ASAM: condiciones psiquiátricas y cognitivas';
const dim4 = 'Dimensión 4 de ASAM: riesgos relacionados con el consumo de sustancias';
const dim6 = 'Dimensión 6 de ASAM: consideraciones centradas en la persona';

const getHelpNow = `${CallOrText} ahora. ${crisisSpanishSentence} Si está en peligro, llame al ${emergency}. Busque esta ayuda antes de elegir cualquier programa.`;

/** A question's words in Spanish: as in another voice, plus its ASAM area, which the English keeps in both voices. */
export type SpanishQuestionWords = QuestionWords & { dimension: string };

/** The condition of each escalation, in words, by the question and answers that trigger it. */
export type EscalationWhen = Readonly<Record<string, string>>;

function escalationKey(escalation: Escalation): string {
  return `${escalation.question}:${escalation.answers.join('|')}`;
}

/**
 * The English questions in Spanish: every id, point, safety box, escalation rule and `alsoSupports` comes from `base`;
 * only the words are replaced. Throws when any words are missing (see `questionsInVoice`), or when an escalation's
 * condition has no Spanish words.
 */
export function questionsInSpanish(
  base: readonly SelfCheckQuestion[],
  words: Readonly<Record<QuestionId, SpanishQuestionWords>>,
  when: EscalationWhen,
): SelfCheckQuestion[] {
  return questionsInVoice(base, words).map((question) => ({
    ...question,
    dimension: words[question.id].dimension,
    answers: question.answers.map((answer) => {
      if (!answer.escalation) return answer;
      const key = escalationKey(answer.escalation);
      const said = when[key];
      if (!said) throw new Error(`The escalation "${key}" of "${question.id}: ${answer.id}" has no words in Spanish`);
      return { ...answer, escalation: { ...answer.escalation, when: said } };
    }),
  }));
}

/** The condition of the one kind of escalation there is (lethal means, with thoughts of suicide). */
export const escalationWhenEs: EscalationWhen = {
  'self-harm:thoughts': 'Con pensamientos de suicidio o de autolesión',
};

const words: Record<QuestionId, SpanishQuestionWords> = {
  sedatives: {
    topic: 'Alcohol y sedantes',
    dimension: `${dim1} (alcohol y sedantes)`,
    question: '¿Con qué frecuencia bebe alcohol o toma sedantes?',
    hint: `Los sedantes incluyen las benzodiazepinas ("benzos"), las pastillas para dormir, los barbitúricos y el GHB. ${firstFits}`,
    why: 'Dejar el alcohol o los sedantes después de consumirlos a diario puede causar convulsiones o delirium tremens (DT). Pueden causar la muerte. Un médico debe planear cómo dejarlos.',
    answers: {
      daily: {
        label: 'Bebo mucho alcohol todos los días. O tomo sedantes a diario que no me recetaron, o más de lo recetado.',
        guidance: `Después de un consumo fuerte a diario, dejarlo puede ser peligroso, aunque su abstinencia haya sido leve. Puede ir empeorando ${factsEs.withdrawalWorsensOver}. Un médico debe planear cómo dejarlo: en una clínica, o de forma ambulatoria cuando sea seguro.`,
      },
      prescribed: {
        label: 'Tomo una benzodiazepina todos los días, como me la recetó mi profesional de salud.',
        guidance: 'No la deje por su cuenta. Dejarla de golpe puede causar convulsiones. Avise al profesional de salud que se la receta antes de hacer cualquier cambio.',
      },
      'some-days': {
        label: 'Bebo alcohol o tomo sedantes, pero no todos los días.',
        guidance: 'Dígale al profesional de salud cuánto y con qué frecuencia. Si empieza a beber o a tomarlos todos los días, hable con un médico antes de dejarlos.',
      },
      no: {
        label: 'No bebo alcohol ni tomo sedantes.',
        guidance: 'Entonces, la abstinencia de alcohol o de sedantes no es un riesgo para usted.',
      },
    },
  },
  withdrawal: {
    topic: 'Abstinencia de alcohol o de sedantes',
    dimension: `${dim1} (abstinencia)`,
    question: '¿Qué le pasa cuando deja o reduce el alcohol o los sedantes?',
    hint: `La abstinencia es la reacción de su cuerpo cuando deja de consumir o consume menos. ${firstFits}`,
    why: 'La abstinencia de alcohol o de sedantes puede volverse peligrosa. Si antes fue fuerte, por lo general primero se necesita más atención. Y un médico planea cómo dejarlos.',
    answers: {
      seizures: {
        label: 'He tenido una convulsión (un ataque) o delirium tremens (DT) al dejarlos. El DT causa temblores fuertes, confusión o ver cosas que no están.',
        guidance:
          'Haber tenido convulsiones o DT significa que la abstinencia podría volver a ser peligrosa. Por lo general, primero se necesita más atención, y un médico planea cómo dejarlos. No deje el alcohol ni los sedantes por su cuenta.',
      },
      strong: {
        label: 'Tengo una abstinencia fuerte: por ejemplo, tiemblo mucho, sudo, vomito o el corazón me late muy rápido.',
        guidance: 'Una abstinencia fuerte de alcohol o de sedantes por lo general necesita primero atención médica. Un médico puede dar medicamentos para que dejarlos sea más seguro.',
      },
      mild: {
        label: 'Solo tengo una abstinencia leve: por ejemplo, duermo mal o tengo los nervios de punta.',
        guidance: `Una abstinencia leve aún puede ir empeorando ${factsEs.withdrawalWorsensOver}. Hable de ella con el profesional de salud. Si bebe mucho o toma sedantes todos los días, un médico debe planear cómo dejarlos.`,
      },
      none: {
        label: 'No tengo abstinencia, o no bebo alcohol ni tomo sedantes.',
        guidance: 'Si no tiene abstinencia de alcohol ni de sedantes, esta parte no cambia el resultado.',
      },
    },
  },
  opioids: {
    topic: 'Opioides',
    dimension: `${dim1} (opioides y medicamentos para el trastorno por consumo de opioides)`,
    question: '¿Qué es cierto para usted sobre los opioides?',
    hint: `Los opioides incluyen el fentanilo, la heroína y las pastillas fuertes para el dolor. ${firstFits}`,
    why: 'Los opioides pueden causar una sobredosis mortal. Los medicamentos para el trastorno por consumo de opioides (buprenorfina o metadona) bajan el riesgo de morir. Muchos IOP los inician o ayudan a conseguirlos.',
    answers: {
      using: {
        label: 'Consumo fentanilo, heroína o pastillas para el dolor que no me recetaron o que no tomo como me las recetaron.',
        guidance:
          'Pregunte ahora por empezar la buprenorfina o la metadona. Muchos IOP inician este medicamento o ayudan a conseguirlo. La desintoxicación sola no es un tratamiento, y aumenta el riesgo de sobredosis. Lleve naloxona con usted.',
      },
      stopped: {
        label: 'Dejé de consumir opioides en el último año, y no tomo buprenorfina ni metadona. Por ejemplo, los dejé después de una desintoxicación, la cárcel, una hospitalización o un tratamiento.',
        guidance:
          'Después de un tiempo sin consumir, su cuerpo ya no aguanta la cantidad que consumía antes. El riesgo de una sobredosis mortal es alto. Pregunte por la buprenorfina o la metadona, y lleve naloxona con usted.',
      },
      'on-medicine': {
        label: 'Tomo buprenorfina o metadona para el trastorno por consumo de opioides, y no consumo otros opioides.',
        guidance:
          'Siga tomando su medicamento. Muchos IOP trabajan con él, así que no tiene que dejarlo. Pregunte en cada programa. Si lo deja, su riesgo de sobredosis aumenta. Lleve naloxona con usted.',
      },
      no: {
        label: 'No consumo opioides.',
        guidance: 'Hay fentanilo en gran parte de las drogas de la calle, incluso en pastillas falsas. Si consume cualquier droga, lleve naloxona con usted.',
      },
    },
  },
  overdose: {
    topic: 'Sobredosis',
    dimension: `${dim4} (sobredosis)`,
    question: '¿Alguna vez ha tenido una sobredosis?',
    hint: `Por ejemplo: perdió el conocimiento y no podían despertarle, su respiración se hizo lenta o se detuvo, o alguien le dio naloxona. ${firstFits}`,
    why: 'Una sobredosis en el pasado aumenta el riesgo de tener otra. La naloxona puede revertir una sobredosis de opioides y salvar una vida.',
    answers: {
      'past-year': {
        label: 'Sí, en el último año.',
        guidance: 'Una sobredosis reciente significa que el riesgo de otra es alto. Cuénteselo a un profesional de salud antes de elegir la atención. Lleve naloxona con usted.',
      },
      before: {
        label: 'Sí, pero hace más de un año.',
        guidance: 'Cuénteselo al profesional de salud. Lleve naloxona con usted, y muestre a las personas cercanas dónde la tiene.',
      },
      no: {
        label: 'No, nunca.',
        guidance: 'Si consume drogas, aprenda las señales de una sobredosis. Saberlas puede salvar una vida.',
      },
    },
  },
  body: {
    topic: 'Su salud física',
    dimension: 'Dimensión 2 de ASAM: condiciones biomédicas (su salud física)',
    question: '¿Cómo está su salud física en este momento?',
    hint: firstFits,
    why: 'Un IOP no le vigila de día y de noche. Si su salud necesita médicos o personal de enfermería cerca, puede ser más seguro empezar con más atención.',
    answers: {
      emergency: {
        label: 'Me siento muy mal ahora mismo. Por ejemplo: dolor en el pecho, dificultad para respirar, desmayos, o quizás tomé demasiado de una droga.',
        guidance: `Esto puede ser una emergencia médica. Llame al ${emergency} ahora. Los planes de tratamiento pueden esperar hasta que esté a salvo.`,
      },
      unstable: {
        label: 'Tengo un problema de salud que no está bajo control. Necesito ver a un médico o a personal de enfermería con frecuencia.',
        guidance: 'Un problema de salud sin control puede necesitar médicos y personal de enfermería cerca. Por ejemplo, en un hospital o en un programa residencial.',
      },
      managed: {
        label: 'Tengo un problema de salud, pero está bajo control.',
        guidance: 'Un problema de salud bajo control por lo general no impide ir a un IOP. Lleve una lista de sus medicamentos a la evaluación.',
      },
      well: {
        label: 'Tengo buena salud en general.',
        guidance: 'Una buena salud física es compatible con un IOP o con la atención ambulatoria regular.',
      },
    },
  },
  'self-harm': {
    topic: 'Pensamientos de suicidio o autolesiones',
    dimension: `${dim3} (seguridad)`,
    question: 'En el último mes, ¿ha tenido pensamientos de quitarse la vida o de hacerse daño?',
    hint: `Puede responder con sinceridad. Nada de lo que elija aquí se guarda ni se envía. ${firstFits}`,
    why: `Su seguridad es lo primero. Pensar en actuar, tener un plan, o un intento o una autolesión reciente requieren ayuda ahora, antes de hablar de un IOP. Aunque solo sean pensamientos, llame al ${crisis} y hable con un profesional de salud.`,
    answers: {
      attempt: {
        label: 'Sí, y en los últimos 3 meses intenté quitarme la vida o me hice daño a propósito.',
        guidance: getHelpNow,
      },
      intent: {
        label: 'Sí, y creo que podría llegar a hacerlo.',
        guidance: getHelpNow,
      },
      plan: {
        label: 'Sí, y he pensado en cómo lo haría.',
        guidance: getHelpNow,
      },
      thoughts: {
        label: 'Sí, pero no pienso hacerlo, no tengo un plan y no me he hecho daño.',
        guidance: `Por favor, ${callOrText} hoy para hablar con alguien. ${crisisSpanishSentence} Hable de estos pensamientos con el profesional de salud antes de elegir la atención. Si se vuelven más fuertes, ${callOrText} ahora.`,
      },
      no: {
        label: 'No, no he tenido esos pensamientos.',
        guidance: `Si esto cambia, puede llamar o enviar un mensaje de texto al ${crisis} a cualquier hora, de día o de noche. ${crisisSpanishSentence}`,
      },
    },
  },
  'lethal-means': {
    topic: 'Armas de fuego y medicamentos en casa',
    dimension: `${dim3} (seguridad en el hogar)`,
    question: '¿Hay un arma de fuego, o una gran cantidad de medicamentos, donde usted vive?',
    hint: firstFits,
    why: 'Tener cerca un arma de fuego o medicamentos guardados hace más peligrosa una crisis. Guardarlos bajo llave o sacarlos de la casa salva vidas. Si hay pensamientos de suicidio, son una señal para buscar ayuda ahora.',
    answers: {
      gun: {
        label: 'Sí, hay un arma de fuego donde vivo, o podría conseguir una fácilmente.',
        escalation: `Los pensamientos de suicidio con un arma de fuego cerca requieren ayuda ahora. ${CallOrText}. ${crisisSpanishSentence} Guarde el arma bajo llave o sáquela de la casa, o pida a alguien de confianza que se la guarde.`,
        guidance: 'Si alguna vez tiene pensamientos de suicidio, guarde el arma bajo llave o sáquela de la casa. O pida a alguien de confianza que se la guarde por un tiempo.',
      },
      medicines: {
        label: 'Sí, hay muchos medicamentos guardados, u otras cosas que podría usar para hacerme daño.',
        escalation: `Los pensamientos de suicidio con un medio para actuar cerca requieren ayuda ahora. ${CallOrText}. ${crisisSpanishSentence} Guarde estas cosas bajo llave o sáquelas de la casa, o pida a alguien que se las guarde.`,
        guidance: 'Si alguna vez tiene pensamientos de suicidio, guarde los medicamentos bajo llave o deshágase de los que no necesita.',
      },
      no: {
        label: 'No, no hay.',
        guidance: 'Esta parte no cambia el resultado.',
      },
    },
  },
  'daily-life': {
    topic: 'Cuánto afecta su día a día',
    dimension: `${dim3} (vida diaria)`,
    question: '¿Cuánto afectan el alcohol, las drogas o su salud mental a su vida diaria?',
    hint: firstFits,
    why: 'Cuánto se afecta su día muestra cuánta atención puede ayudarle. Puede ser terapia semanal, un IOP o más.',
    answers: {
      'very-much': {
        label: 'Mucho. Casi no puedo dormir, comer ni cuidarme, o veo u oigo cosas que otros no ven ni oyen.',
        guidance:
          'Cuando la vida diaria es así de difícil, puede ser más seguro empezar con más apoyo. Puede ser atención ambulatoria de alta intensidad. O un programa de hospitalización parcial (PHP, por sus siglas en inglés), que es un programa de día. O una estancia en el hospital.',
      },
      'most-days': {
        label: 'Bastante. Causan problemas casi todos los días, en el trabajo, en casa o con otras personas.',
        guidance: 'Los problemas de casi todos los días a menudo necesitan más de una sesión de terapia a la semana. Para eso es un IOP.',
      },
      sometimes: {
        label: 'Algo. Causan problemas de vez en cuando, pero la mayoría de los días me las arreglo.',
        guidance: 'Si se las arregla la mayoría de los días, la atención ambulatoria regular, como la terapia semanal, puede ser suficiente.',
      },
      little: {
        label: 'Poco o nada.',
        guidance: 'Si su vida diaria va bien en general, puede bastar con la atención ambulatoria regular o con hablar con su médico.',
      },
    },
  },
  'past-care': {
    topic: 'Lo que pasó antes',
    dimension: `${dim4} (volver a consumir o empeorar)`,
    question: 'Antes, cuando intentó dejar de consumir, consumir menos o mejorar, ¿qué pasó?',
    hint: firstFits,
    why: 'Lo que pasó antes muestra lo que puede funcionar ahora. Si un nivel de atención no fue suficiente, el siguiente paso suele ser más atención.',
    answers: {
      'after-intensive': {
        label: 'Volví a consumir, o empeoré mucho, durante o poco después de un IOP, un programa de día o un programa residencial.',
        guidance:
          'Si un IOP no fue suficiente antes, puede ayudar empezar con más estructura. Puede ser atención ambulatoria de alta intensidad o un programa de hospitalización parcial (PHP). O tratamiento residencial, en el que se vive en el centro.',
      },
      'stepping-down': {
        label: 'Estoy terminando una hospitalización, un programa residencial o un programa de día, y necesito un siguiente paso.',
        guidance: 'Pasar de más atención a un IOP se llama pasar a un nivel menos intenso. Es una forma común de empezar un IOP.',
      },
      'outpatient-not-enough': {
        label: 'Probé la terapia semanal u otra atención ambulatoria, pero no fue suficiente.',
        guidance: 'Cuando la atención semanal no es suficiente, un IOP es un siguiente paso común. Esto se llama pasar a un nivel más intenso.',
      },
      'first-time': {
        label: 'Nunca he recibido tratamiento, y me cuesta dejar de consumir o seguir sin consumir por mi cuenta.',
        guidance: 'Algunas personas empiezan el tratamiento en un IOP. Otras empiezan con atención ambulatoria regular. Una evaluación ayuda a decidir.',
      },
      managing: {
        label: 'Puedo seguir sin consumir, o manejar mis síntomas, la mayor parte del tiempo.',
        guidance: 'Si lo logra la mayor parte del tiempo, la atención ambulatoria regular puede bastar para mantenerle en buen camino.',
      },
    },
  },
  home: {
    topic: 'Su hogar y su apoyo',
    dimension: 'Dimensión 5 de ASAM: interacciones con el entorno de recuperación (su hogar y las personas a su alrededor)',
    question: '¿Qué es cierto sobre su hogar y las personas a su alrededor?',
    hint: firstFits,
    why: 'En un IOP, usted vive en su casa. Ayuda tener un hogar seguro con personas que le apoyan. La violencia, el consumo de drogas en casa o no tener un lugar seguro donde quedarse pueden hacer difícil mejorar.',
    answers: {
      unsafe: {
        label: 'Mi hogar no es seguro. Hay violencia, o alguien ahí podría hacerme daño.',
        guidance: `Si está en peligro, llame al ${emergency}. Cuando el hogar no es seguro, un programa residencial puede ser más seguro por ahora.`,
      },
      'no-safe-place': {
        label: 'No tengo un lugar seguro donde quedarme. No tengo hogar, o no puedo quedarme donde vivo.',
        guidance: `Un IOP necesita que tenga un lugar seguro para dormir. Un programa residencial o una vivienda de recuperación pueden ser mejores. La ${helplineNameEs}, ${helpline}, es gratis y puede ayudarle a encontrarlos.`,
      },
      'use-at-home': {
        label: 'En mi casa hay personas que beben o consumen drogas, y eso me hace difícil dejar de consumir.',
        guidance: 'Un IOP funciona mejor con un hogar que apoya la recuperación. Puede ayudar empezar con un programa residencial o una vivienda de recuperación.',
      },
      'few-supports': {
        label: 'Mi hogar es seguro, pero tengo pocas personas que me apoyen.',
        guidance: 'Un IOP puede ayudarle a crear una red de apoyo, con terapia de grupo y grupos de apoyo mutuo.',
      },
      supported: {
        label: 'Mi hogar es seguro, y tengo personas que me apoyan.',
        guidance: 'Un hogar seguro y personas que le apoyan son una base fuerte para recibir atención mientras vive en casa.',
      },
    },
  },
  'pregnancy-age': {
    topic: 'Embarazo y edad',
    dimension: 'Dimensión 2 de ASAM: condiciones biomédicas (embarazo), y edad (los adolescentes tienen sus propios criterios)',
    question: '¿Alguna de estas cosas es cierta para usted?',
    hint: firstFits,
    why: 'El embarazo y tener menos de 18 años cambian qué atención es segura y cómo funciona. Un profesional de salud debe revisar sus necesidades antes de que elija un programa.',
    answers: {
      pregnant: {
        label: 'Estoy embarazada, o podría estarlo.',
        guidance:
          'Hable con un profesional de salud antes de dejar o empezar algo. La abstinencia puede dañar el embarazo. Si consume opioides, se recomiendan los medicamentos (buprenorfina o metadona) en lugar de pasar por la abstinencia.',
      },
      'under-18': {
        label: 'Tengo menos de 18 años.',
        guidance: `Los programas para adolescentes no son iguales a los de adultos. Un IOP para adolescentes suele durar ${factsEs.iopHoursAdolescent}. Las reglas sobre los padres y el consentimiento cambian según el estado. Hable primero con un profesional de salud.`,
      },
      neither: {
        label: 'Ninguna es cierta para mí.',
        guidance: 'Esta parte no cambia el resultado.',
      },
    },
  },
  readiness: {
    topic: 'Cómo se siente sobre el cambio',
    dimension: `${dim6} (disposición para cambiar)`,
    question: '¿Cómo se siente sobre buscar ayuda en este momento?',
    why: 'Su respuesta aquí no cambia el resultado. Ayuda al profesional de salud a saber cómo empezar. Y es normal tener sentimientos encontrados.',
    answers: {
      ready: {
        label: 'Quiero hacer cambios, y puedo ir a sesiones algunas veces a la semana.',
        guidance: 'Tener ganas de participar ayuda en cualquier nivel de atención. Un IOP pide varias sesiones cada semana.',
      },
      unsure: {
        label: 'Tengo dudas, pero acepto hablar con alguien.',
        guidance:
          'Es normal tener sentimientos encontrados. Muchos programas usan la entrevista motivacional. Es una forma de conversar que le ayuda a encontrar sus propias razones para cambiar.',
      },
      pushed: {
        label: 'Otra persona quiere que yo busque ayuda más que yo.',
        guidance: 'Esto es común, y el tratamiento igual puede ayudar. Dígale al profesional de salud cómo se siente.',
      },
    },
  },
  duties: {
    topic: 'Trabajo, estudios y cuidado de otros',
    dimension: `${dim6} (lo que debe seguir en su vida)`,
    question: '¿Tiene trabajo, estudios o personas a su cuidado que no puede dejar durante el tratamiento?',
    hint: 'Cuidar de otros quiere decir cuidar a niños o a otras personas.',
    why: 'Un IOP está pensado para que pueda seguir con su trabajo, sus estudios o el cuidado de otros. Su respuesta no cambia el resultado. Pero le ayuda a encontrar un programa que se adapte a su vida.',
    answers: {
      'must-continue': {
        label: 'Sí, y no puedo dejarlo.',
        guidance: 'Un IOP está pensado para esto. Muchos programas tienen sesiones de mañana, de noche o en línea. Así puede cumplir con sus obligaciones.',
      },
      'could-pause': {
        label: 'Sí, pero podría tomar tiempo libre si lo necesitara.',
        guidance: 'Tomar tiempo libre le da más opciones, como programas de día o más atención si la necesita.',
      },
      no: {
        label: 'No, no tengo.',
        guidance: 'Con menos obligaciones, puede ser más fácil asistir a programas de día o recibir más atención si la necesita.',
      },
    },
  },
};

export const selfCheckQuestionsEs: readonly SelfCheckQuestion[] = questionsInSpanish(selfCheckQuestions, words, escalationWhenEs);

/** What each kind of answer is called where the answers are explained. */
export const pointsLabelsEs: Record<Points, string> = {
  urgent: 'Indica buscar ayuda ahora',
  more: 'Indica más atención primero',
  clinician: 'Indica hablar primero con un profesional de salud',
  iop: 'Indica un IOP',
  outpatient: 'Indica atención ambulatoria regular',
  none: 'No cambia el resultado',
};

/** Said before an urgent box, and beside each answer that shows one. */
export const safetyLabelEs = 'Busque ayuda ahora';
/** Said before a box that is important but not an emergency. */
export const safetyNoteLabelEs = 'Nota de seguridad';

const overdoseMore = { path: overdoseInfoPathEs, text: overdoseInfoTextEs };
const fentanylPills = 'Hay fentanilo en gran parte de las drogas de la calle, incluso en pastillas que parecen reales.';

export const safetyTextsEs: Record<SafetyKind, SafetyText> = {
  medical: {
    heading: `Llame al ${emergency} ahora`,
    points: [
      'Puede que esté teniendo una emergencia médica.',
      `Llame al ${emergency}, o pida a alguien cerca que llame.`,
      'Si cree que tomó demasiado de una droga, dígalo. Están ahí para ayudarle, no para juzgarle.',
    ],
  },
  suicide: {
    heading: `${CallOrText} ahora`,
    points: [
      'Sus respuestas muestran señales de un riesgo alto de suicidio en este momento.',
      `${CallOrText} para hablar con alguien ahora. ${crisisSpanishSentence} Es gratis y atiende de día y de noche.`,
      `Si está en peligro en este momento, llame al ${emergency}.`,
      'Busque esta ayuda antes de elegir cualquier programa.',
    ],
  },
  'lethal-means': {
    heading: 'Ponga las armas de fuego y los medicamentos fuera de alcance',
    points: [
      'Guarde bajo llave cualquier arma de fuego, o sáquela de su casa por ahora.',
      'Pida a alguien de confianza que le guarde el arma, o las llaves, por un tiempo.',
      'Guarde bajo llave los medicamentos que tenga, o deshágase de los que no necesita.',
      'Esta es una de las mejores formas de estar a salvo en una crisis. Salva vidas.',
    ],
  },
  'suicide-thoughts': {
    heading: `${CallOrText} hoy`,
    points: [
      'Usted dijo que ha tenido pensamientos de quitarse la vida o de hacerse daño.',
      `${CallOrText} hoy para hablar con alguien. ${crisisSpanishSentence} Es gratis y atiende de día y de noche.`,
      'Hable de estos pensamientos con el profesional de salud antes de elegir la atención.',
      `Si empieza a hacer un plan o piensa actuar, ${callOrText} ahora. Si está en peligro, llame al ${emergency}.`,
    ],
  },
  withdrawal: {
    heading: 'Hable con un médico antes de dejar el alcohol o los sedantes',
    points: [
      'Dejar el alcohol o los sedantes de golpe puede causar convulsiones o delirium tremens (DT). Pueden causar la muerte.',
      `La abstinencia puede empezar en pocas horas. Puede ir empeorando ${factsEs.withdrawalWorsensOver}, aunque empiece leve.`,
      'Un médico debe planear cómo dejarlos: en una clínica, o de forma ambulatoria cuando sea seguro.',
      `Si tiene una convulsión, confusión o ve cosas que no están, llame al ${emergency}.`,
    ],
    more: { path: withdrawalInfoPathEs, text: 'por qué la abstinencia necesita atención médica' },
  },
  'opioid-tolerance': {
    heading: 'Protéjase de una sobredosis',
    points: [
      'Después de un tiempo sin opioides, su cuerpo pierde la tolerancia. Esto pasa después de una desintoxicación, la cárcel, una hospitalización o un tratamiento.',
      'La cantidad que consumía antes ahora puede matarle.',
      fentanylPills,
      'Pregunte ahora por la buprenorfina o la metadona. Bajan el riesgo de morir. Muchos IOP inician este medicamento o ayudan a conseguirlo.',
    ],
    more: overdoseMore,
  },
  naloxone: {
    heading: 'Lleve naloxona (Narcan) con usted',
    points: [
      'La naloxona es un medicamento que puede revertir una sobredosis de opioides.',
      `Puede comprar el aerosol nasal sin receta. Se vende así desde ${factsEs.naloxoneOverTheCounterSince}.`,
      'Llévela siempre con usted. Muestre a las personas cercanas dónde la tiene.',
      'Señales de una sobredosis: no despierta, respira lento o no respira, tiene los labios azules o grises, o las pupilas muy pequeñas.',
      `Llame al ${emergency}, dé naloxona y ayude a que la persona siga respirando.`,
    ],
    more: overdoseMore,
  },
  'opioid-medicine': {
    heading: 'Pregunte por los medicamentos para el trastorno por consumo de opioides',
    points: [
      'La buprenorfina y la metadona bajan el riesgo de morir por una sobredosis.',
      'Muchos IOP inician este medicamento o ayudan a conseguirlo. Pregunte en cada programa.',
      'La desintoxicación sola no es un tratamiento para el trastorno por consumo de opioides.',
      'Después de la abstinencia o de cualquier tiempo sin consumir, su tolerancia baja. Entonces, el riesgo de una sobredosis mortal sube mucho.',
      fentanylPills,
    ],
    more: overdoseMore,
  },
  'prescribed-benzo': {
    heading: 'No deje su benzodiazepina por su cuenta',
    points: [
      'Dejar de golpe una benzodiazepina que toma a diario puede causar convulsiones.',
      'Avise al profesional de salud que se la receta antes de hacer cualquier cambio.',
      'Esa persona puede planear un cambio seguro si lo necesita.',
    ],
  },
};

export const outcomeTextsEs: Record<Outcome, OutcomeText> = {
  'urgent-help-first': {
    heading: 'Busque ayuda ahora, antes de elegir un programa',
    summary: [
      'Algunas de sus respuestas muestran que puede estar en peligro ahora.',
      `Primero busque ayuda. ${CallOrText}. ${crisisSpanishSentence} Si está en peligro inmediato, llame al ${emergency}.`,
      'Los planes de atención pueden esperar hasta que esté a salvo. Después, un profesional de salud puede ayudarle a elegir la atención.',
    ],
    next: [
      `${CallOrText} ahora. ${crisisSpanishSentence} Si está en peligro, llame al ${emergency}.`,
      'Ponga las armas de fuego y los medicamentos guardados fuera de alcance, o pida a alguien que se los guarde.',
      'Cuando esté a salvo, pida una evaluación a un profesional de salud. Muéstrele sus respuestas.',
    ],
  },
  'more-intensive-first': {
    heading: 'Puede ser más seguro empezar con más atención',
    summary: [
      'Algunas de sus respuestas indican más atención antes de un IOP.',
      'Puede ser un hospital, un programa residencial (en el que se vive durante el tratamiento) o atención ambulatoria de alta intensidad. O un programa de hospitalización parcial (PHP, por sus siglas en inglés), que es un programa de día.',
      'Necesitar más atención no es un fracaso. Muchas personas pasan después a un IOP, un nivel menos intenso.',
    ],
    next: [
      'No deje el alcohol ni los sedantes de golpe por su cuenta. Un médico debe planear cómo dejarlos.',
      'Si consume opioides, pregunte por empezar la buprenorfina o la metadona.',
      'Pida pronto una evaluación a un médico o a un profesional de salud. Muéstrele sus respuestas.',
      samhsaLine,
    ],
  },
  'clinician-first': {
    heading: 'Hable con un profesional de salud antes de elegir',
    summary: [
      'Algunas de sus respuestas necesitan que un profesional de salud las revise antes de que elija un programa.',
      'Las razones de abajo explican por qué. Por favor, no se salte este paso.',
      'Un IOP todavía puede ser adecuado después de esa conversación. O quizás necesite más atención primero.',
    ],
    next: [
      'Hable pronto con un médico o un profesional de salud. Muéstrele sus respuestas.',
      'No deje el alcohol, los sedantes ni un medicamento recetado por su cuenta.',
      `Si tiene pensamientos de suicidio, ${callOrText} hoy. ${crisisSpanishSentence}`,
      samhsaLine,
    ],
  },
  'iop-may-fit': {
    heading: 'Un IOP podría ser adecuado: vale la pena hablarlo',
    summary: [
      `Sus respuestas coinciden con lo que suele ser adecuado para un programa ambulatorio intensivo (IOP, por sus siglas en inglés). En un IOP, usted recibe atención ${factsEs.iopHoursAdult} mientras vive en su casa.`,
      'Un profesional de salud todavía puede sugerir más o menos atención después de hablar con usted.',
    ],
    next: [
      'Pida una evaluación a un médico o a un profesional de salud. Muéstrele sus respuestas.',
      'Pregunte a los programas por sus días y horarios, y si tienen sesiones en línea.',
      'Pregunte a su plan de salud qué cubre.',
    ],
  },
  'outpatient-may-be-enough': {
    heading: 'La atención ambulatoria regular puede ser suficiente',
    summary: [
      `Sus respuestas indican una atención menos intensa, como la terapia semanal (${factsEs.outpatientHoursAdult}).`,
      'Si eso no es suficiente, un IOP es un siguiente paso común.',
    ],
    next: ['Hable con un médico, terapeuta o consejero sobre cómo se siente.', 'Si las cosas empeoran, pregunte por un IOP.'],
  },
};

/** Said with every result. */
export const notADiagnosisEs: string[] = [
  'Esto no es un diagnóstico. No puede decirle qué atención necesita.',
  'Decide un profesional de salud, después de una evaluación: una conversación sobre su salud y su vida.',
];

/** The rules of src/lib/self-check.ts, in plain Spanish, one line for each English line. */
export const ruleTextsEs: readonly string[] = [
  `Algunas respuestas muestran un recuadro de seguridad. Léalos primero, sea cual sea su resultado. Los recuadros marcados "${safetyLabelEs}" van primero.`,
  `Si alguna respuesta indica buscar ayuda ahora, busque ayuda primero. ${CallOrText}. ${crisisSpanishSentence} Si está en peligro, llame al ${emergency}.`,
  'Los pensamientos de suicidio con un arma de fuego o medicamentos guardados cerca también indican buscar ayuda ahora.',
  'Si no, y alguna respuesta indica más atención primero, puede ser más seguro recibir más atención antes de un IOP.',
  'Si no, y alguna respuesta indica hablar primero con un profesional de salud, hable con uno antes de elegir.',
  'Si no, y alguna respuesta indica un IOP, o ninguna respuesta indica nada, un IOP podría ser adecuado, y vale la pena hablarlo.',
  'Si no, la atención ambulatoria regular puede ser suficiente.',
];

/** The crisis help that stands on both Spanish self-check pages, before any question. */
export const urgentHeadingEs = 'Si está en peligro, busque ayuda ahora';

/** The lines of that crisis help besides the two phone lines; `opioids` ends before the link to `overdoseInfoTextEs`. */
export const urgentNotesEs: SelfCheckWords['urgent']['notes'] = {
  lethalMeans: 'Si tiene pensamientos de suicidio, guarde bajo llave o saque de la casa las armas de fuego y los medicamentos guardados. O pida a alguien que se los guarde.',
  sedatives: 'No deje el alcohol, las benzodiazepinas ni otros sedantes de golpe por su cuenta. Primero hable con un médico.',
  opioids: 'Si consume opioides, lleve naloxona (Narcan) y pregunte por los medicamentos (buprenorfina o metadona). Lea sobre',
};

/* The explanation words of src/lib/self-check.ts, in Spanish. The rules stay there; only the words are here. */

function levelOfEs(kinds: readonly SafetyKind[]): string | null {
  if (kinds.length === 0) return null;
  return kinds.some((kind) => urgentSafety.has(kind)) ? safetyLabelEs : safetyNoteLabelEs;
}

/** As `describeAnswer`, in Spanish: `texts` are the Spanish safety boxes in the answer's voice. */
export function describeAnswerEs(answer: SelfCheckAnswer, texts: Readonly<Record<SafetyKind, SafetyText>> = safetyTextsEs): AnswerDescription {
  const escalation = answer.escalation;
  return {
    level: levelOfEs(answer.safety ?? []),
    points: pointsLabelsEs[answer.points],
    guidance: answer.guidance,
    boxes: safetyOrder.filter((kind) => answer.safety?.includes(kind)).map((kind) => texts[kind].heading),
    escalation: escalation
      ? `${escalation.when}: ${[levelOfEs(escalation.safety), pointsLabelsEs[escalation.points]].filter(Boolean).join('. ')}. ${escalation.guidance}`
      : null,
  };
}

/** As `answerNote`, in Spanish. */
export function answerNoteEs(answer: SelfCheckAnswer, texts: Readonly<Record<SafetyKind, SafetyText>> = safetyTextsEs): string {
  const { level, points, guidance, boxes, escalation } = describeAnswerEs(answer, texts);
  return [level && `${level}.`, `${points}.`, guidance, boxes.length > 0 && `Muestra: ${boxes.join('; ')}.`, escalation]
    .filter(Boolean)
    .join(' ');
}

/** As `safetySources`, in Spanish. */
export function safetySourcesEs(kind: SafetyKind, questions: readonly SelfCheckQuestion[] = selfCheckQuestionsEs): string[] {
  const sources: string[] = [];
  questions.forEach((question, index) => {
    for (const answer of question.answers) {
      const where = `Pregunta ${index + 1} (${question.topic}): "${answer.label}"`;
      if (answer.safety?.includes(kind)) sources.push(where);
      else if (answer.escalation?.safety.includes(kind)) sources.push(`${where}, ${answer.escalation.when.toLowerCase()}`);
    }
  });
  return sources;
}
