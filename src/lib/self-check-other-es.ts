import { helpLine } from '../data/crisis.ts';
import { factsEs } from './facts-es.ts';
import { crisisSpanishSentence, helplineNameEs, overdoseInfoPathEs, overdoseInfoTextEs, selfCheckQuestionsEs, withdrawalInfoPathEs } from './self-check-content-es.ts';
import type { Outcome, OutcomeText, QuestionId, SafetyKind, SafetyText } from './self-check-content.ts';
import { questionsInVoice, type QuestionWords, type SelfCheckWords, type Voice } from './self-check-words.ts';
import { selfWordsEs } from './self-check-words-es.ts';

/**
 * The Spanish self-check for a reader answering for someone else: their teen, partner or a person they care for.
 * "Usted" is the reader; the person the answers are about is "la persona", named each time, because in Spanish the
 * "usted" and third-person verbs are the same ("bebe" is both "you drink" and "they drink"). Same questions, answers,
 * points, safety boxes, escalations and ASAM areas as the Spanish first person (src/lib/self-check-content-es.ts),
 * which has them from the English. The safety words still put 988 and 911 first, and say the reader may call.
 * Loaded only on /es/autoevaluacion/para-otra-persona/, so the first-person page carries none of it.
 */

const emergency = helpLine('emergency').display;
const crisis = helpLine('crisis').display;
const helpline = helpLine('helpline').display;
const callOrText = `llame o envíe un mensaje de texto al ${crisis}`;
const CallOrText = `Llame o envíe un mensaje de texto al ${crisis}`;
const firstFits = 'Si hay más de una respuesta cierta, elija la primera que corresponda.';
/** A reader may not know; the first answer that may be true is the safer one (answers go from most to least serious). */
const notSure = 'Si más de una puede ser cierta, o si no lo sabe con certeza, elija la primera que pueda ser cierta.';
const samhsaLine = `La ${helplineNameEs} es gratis y atiende en español. Puede encontrar atención cerca de usted, de día y de noche.`;
const keepNaloxone = 'Tenga naloxona a mano.';

const getHelpNow = `${CallOrText} ahora, con la persona o en su nombre. ${crisisSpanishSentence} Si la persona está en peligro, llame al ${emergency}. Busque esta ayuda antes de elegir cualquier programa.`;

const words: Record<QuestionId, QuestionWords> = {
  sedatives: {
    topic: 'Alcohol y sedantes',
    question: '¿Con qué frecuencia bebe alcohol o toma sedantes la persona?',
    hint: `Los sedantes incluyen las benzodiazepinas ("benzos"), las pastillas para dormir, los barbitúricos y el GHB. ${notSure}`,
    why: 'Dejar el alcohol o los sedantes después de consumirlos a diario puede causar convulsiones o delirium tremens (DT). Pueden causar la muerte. Un médico debe planear cómo los deja la persona.',
    answers: {
      daily: {
        label: 'La persona bebe mucho alcohol todos los días. O toma sedantes a diario que no le recetaron, o más de lo recetado.',
        guidance: `Después de un consumo fuerte a diario, dejarlo puede ser peligroso, aunque la abstinencia de la persona haya sido leve. Puede ir empeorando ${factsEs.withdrawalWorsensOver}. Un médico debe planear cómo lo deja: en una clínica, o de forma ambulatoria cuando sea seguro.`,
      },
      prescribed: {
        label: 'La persona toma una benzodiazepina todos los días, como se la recetó su profesional de salud.',
        guidance: 'La persona no debe dejarla por su cuenta. Dejarla de golpe puede causar convulsiones. Debe avisar al profesional de salud que se la receta antes de hacer cualquier cambio.',
      },
      'some-days': {
        label: 'La persona bebe alcohol o toma sedantes, pero no todos los días.',
        guidance: 'Dígale al profesional de salud cuánto y con qué frecuencia. Si la persona empieza a beber o a tomarlos todos los días, debe hablar con un médico antes de dejarlos.',
      },
      no: {
        label: 'La persona no bebe alcohol ni toma sedantes.',
        guidance: 'Entonces, la abstinencia de alcohol o de sedantes no es un riesgo para la persona.',
      },
    },
  },
  withdrawal: {
    topic: 'Abstinencia de alcohol o de sedantes',
    question: '¿Qué le pasa a la persona cuando deja o reduce el alcohol o los sedantes?',
    hint: `La abstinencia es la reacción del cuerpo cuando alguien deja de consumir o consume menos. ${notSure}`,
    why: 'La abstinencia de alcohol o de sedantes puede volverse peligrosa. Si antes fue fuerte, por lo general primero se necesita más atención. Y un médico planea cómo los deja la persona.',
    answers: {
      seizures: {
        label: 'La persona ha tenido una convulsión (un ataque) o delirium tremens (DT) al dejarlos. El DT causa temblores fuertes, confusión o ver cosas que no están.',
        guidance:
          'Haber tenido convulsiones o DT significa que la abstinencia podría volver a ser peligrosa. Por lo general, primero se necesita más atención, y un médico planea cómo los deja. La persona no debe dejar el alcohol ni los sedantes por su cuenta.',
      },
      strong: {
        label: 'La persona tiene una abstinencia fuerte: por ejemplo, tiembla mucho, suda, vomita o el corazón le late muy rápido.',
        guidance: 'Una abstinencia fuerte de alcohol o de sedantes por lo general necesita primero atención médica. Un médico puede dar medicamentos para que dejarlos sea más seguro.',
      },
      mild: {
        label: 'La persona solo tiene una abstinencia leve: por ejemplo, duerme mal o tiene los nervios de punta.',
        guidance: `Una abstinencia leve aún puede ir empeorando ${factsEs.withdrawalWorsensOver}. Hable de ella con el profesional de salud. Si la persona bebe mucho o toma sedantes todos los días, un médico debe planear cómo los deja.`,
      },
      none: {
        label: 'La persona no tiene abstinencia, o no bebe alcohol ni toma sedantes.',
        guidance: 'Si no hay abstinencia de alcohol ni de sedantes, esta parte no cambia el resultado.',
      },
    },
  },
  opioids: {
    topic: 'Opioides',
    question: '¿Qué es cierto para la persona sobre los opioides?',
    hint: `Los opioides incluyen el fentanilo, la heroína y las pastillas fuertes para el dolor. ${notSure}`,
    why: 'Los opioides pueden causar una sobredosis mortal. Los medicamentos para el trastorno por consumo de opioides (buprenorfina o metadona) bajan el riesgo de morir. Muchos IOP los inician o ayudan a conseguirlos.',
    answers: {
      using: {
        label: 'La persona consume fentanilo, heroína o pastillas para el dolor que no le recetaron o que no toma como se las recetaron.',
        guidance:
          'Pregunte ahora por empezar la buprenorfina o la metadona para la persona. Muchos IOP inician este medicamento o ayudan a conseguirlo. La desintoxicación sola no es un tratamiento, y aumenta el riesgo de sobredosis. Tenga naloxona con usted, y asegúrese de que la persona también la tenga.',
      },
      stopped: {
        label: 'La persona dejó de consumir opioides en el último año, y no toma buprenorfina ni metadona. Por ejemplo, los dejó después de una desintoxicación, la cárcel, una hospitalización o un tratamiento.',
        guidance: `Después de un tiempo sin consumir, el cuerpo de la persona ya no aguanta la cantidad que consumía antes. El riesgo de una sobredosis mortal es alto. Pregunte por la buprenorfina o la metadona. ${keepNaloxone}`,
      },
      'on-medicine': {
        label: 'La persona toma buprenorfina o metadona para el trastorno por consumo de opioides, y no consume otros opioides.',
        guidance: `La persona debe seguir tomando su medicamento. Muchos IOP trabajan con él, así que no tiene que dejarlo. Pregunte en cada programa. Si lo deja, su riesgo de sobredosis aumenta. ${keepNaloxone}`,
      },
      no: {
        label: 'La persona no consume opioides.',
        guidance: `Hay fentanilo en gran parte de las drogas de la calle, incluso en pastillas falsas. Si la persona consume cualquier droga, tenga naloxona a mano.`,
      },
    },
  },
  overdose: {
    topic: 'Sobredosis',
    question: '¿La persona ha tenido alguna vez una sobredosis?',
    hint: `Por ejemplo: perdió el conocimiento y no podían despertarla, su respiración se hizo lenta o se detuvo, o alguien le dio naloxona. ${notSure}`,
    why: 'Una sobredosis en el pasado aumenta el riesgo de tener otra. La naloxona puede revertir una sobredosis de opioides y salvar una vida.',
    answers: {
      'past-year': {
        label: 'Sí, en el último año.',
        guidance: `Una sobredosis reciente significa que el riesgo de otra es alto. Cuénteselo a un profesional de salud antes de que la persona elija la atención. ${keepNaloxone}`,
      },
      before: {
        label: 'Sí, pero hace más de un año.',
        guidance: 'Cuénteselo al profesional de salud. Tenga naloxona a mano, y asegúrese de que la gente cercana a la persona sepa dónde está.',
      },
      no: {
        label: 'No, nunca.',
        guidance: 'Si la persona consume drogas, aprenda las señales de una sobredosis. Saberlas puede salvar una vida.',
      },
    },
  },
  body: {
    topic: 'La salud física de la persona',
    question: '¿Cómo está la salud física de la persona en este momento?',
    hint: firstFits,
    why: 'Un IOP no vigila a nadie de día y de noche. Si la salud de la persona necesita médicos o personal de enfermería cerca, puede ser más seguro empezar con más atención.',
    answers: {
      emergency: {
        label: 'La persona se siente muy mal ahora mismo. Por ejemplo: dolor en el pecho, dificultad para respirar, desmayos, o quizás tomó demasiado de una droga.',
        guidance: `Esto puede ser una emergencia médica. Llame al ${emergency} ahora. Los planes de tratamiento pueden esperar hasta que la persona esté a salvo.`,
      },
      unstable: {
        label: 'La persona tiene un problema de salud que no está bajo control. Necesita ver a un médico o a personal de enfermería con frecuencia.',
        guidance: 'Un problema de salud sin control puede necesitar médicos y personal de enfermería cerca. Por ejemplo, en un hospital o en un programa residencial.',
      },
      managed: {
        label: 'La persona tiene un problema de salud, pero está bajo control.',
        guidance: 'Un problema de salud bajo control por lo general no impide ir a un IOP. Lleve una lista de los medicamentos de la persona a la evaluación.',
      },
      well: {
        label: 'La persona tiene buena salud en general.',
        guidance: 'Una buena salud física es compatible con un IOP o con la atención ambulatoria regular.',
      },
    },
  },
  'self-harm': {
    topic: 'Pensamientos de suicidio o autolesiones',
    question: 'En el último mes, ¿la persona ha tenido pensamientos de quitarse la vida o de hacerse daño?',
    hint: `Puede que usted no lo sepa. Si la persona ha hablado de esto, o si a usted le preocupa, elija la respuesta que pueda ser cierta. También puede llamar al ${crisis} por otra persona. ${firstFits}`,
    why: `La seguridad de la persona es lo primero. Pensar en actuar, tener un plan, o un intento o una autolesión reciente requieren ayuda ahora, antes de hablar de un IOP. Aunque solo sean pensamientos, hay que llamar al ${crisis} y hablar con un profesional de salud.`,
    answers: {
      attempt: {
        label: 'Sí, y en los últimos 3 meses la persona intentó quitarse la vida o se hizo daño a propósito.',
        guidance: getHelpNow,
      },
      intent: {
        label: 'Sí, y la persona podría llegar a hacerlo.',
        guidance: getHelpNow,
      },
      plan: {
        label: 'Sí, y la persona ha pensado en cómo lo haría.',
        guidance: getHelpNow,
      },
      thoughts: {
        label: 'Sí, pero la persona no piensa hacerlo, no tiene un plan y no se ha hecho daño.',
        guidance: `Por favor, ${callOrText} hoy para hablar con alguien. Puede llamar con la persona o para recibir apoyo usted. ${crisisSpanishSentence} Hable de estos pensamientos con el profesional de salud antes de que la persona elija la atención. Si los pensamientos se vuelven más fuertes, ${callOrText} ahora.`,
      },
      no: {
        label: 'No, la persona no ha tenido esos pensamientos.',
        guidance: `Si esto cambia, usted o la persona pueden llamar o enviar un mensaje de texto al ${crisis}. Atienden a cualquier hora, de día o de noche. ${crisisSpanishSentence}`,
      },
    },
  },
  'lethal-means': {
    topic: 'Armas de fuego y medicamentos en casa',
    question: '¿Hay un arma de fuego, o una gran cantidad de medicamentos, donde vive la persona?',
    hint: firstFits,
    why: 'Tener cerca un arma de fuego o medicamentos guardados hace más peligrosa una crisis. Guardarlos bajo llave o sacarlos de la casa salva vidas. Si hay pensamientos de suicidio, son una señal para buscar ayuda ahora.',
    answers: {
      gun: {
        label: 'Sí, hay un arma de fuego donde vive la persona, o podría conseguir una fácilmente.',
        escalation: `Los pensamientos de suicidio con un arma de fuego cerca requieren ayuda ahora. ${CallOrText}. ${crisisSpanishSentence} Guarde el arma bajo llave o sáquela de la casa, o pida a alguien de confianza que la guarde.`,
        guidance: 'Si la persona alguna vez tiene pensamientos de suicidio, guarde el arma bajo llave o sáquela de la casa. O pida a alguien de confianza que la guarde por un tiempo.',
      },
      medicines: {
        label: 'Sí, hay muchos medicamentos guardados, u otras cosas que la persona podría usar para hacerse daño.',
        escalation: `Los pensamientos de suicidio con un medio para actuar cerca requieren ayuda ahora. ${CallOrText}. ${crisisSpanishSentence} Guarde estas cosas bajo llave o sáquelas de la casa, o pida a alguien que las guarde.`,
        guidance: 'Si la persona alguna vez tiene pensamientos de suicidio, guarde los medicamentos bajo llave o deshágase de los que no se necesitan.',
      },
      no: {
        label: 'No, no hay.',
        guidance: 'Esta parte no cambia el resultado.',
      },
    },
  },
  'daily-life': {
    topic: 'Cuánto afecta el día a día de la persona',
    question: '¿Cuánto afectan el alcohol, las drogas o la salud mental de la persona a su vida diaria?',
    hint: firstFits,
    why: 'Cuánto se afecta el día de la persona muestra cuánta atención puede ayudar. Puede ser terapia semanal, un IOP o más.',
    answers: {
      'very-much': {
        label: 'Mucho. La persona casi no puede dormir, comer ni cuidarse, o ve u oye cosas que otros no ven ni oyen.',
        guidance:
          'Cuando la vida diaria es así de difícil, puede ser más seguro empezar con más apoyo. Puede ser atención ambulatoria de alta intensidad. O un programa de hospitalización parcial (PHP, por sus siglas en inglés), que es un programa de día. O una estancia en el hospital.',
      },
      'most-days': {
        label: 'Bastante. Le causan problemas casi todos los días, en el trabajo, en casa o con otras personas.',
        guidance: 'Los problemas de casi todos los días a menudo necesitan más de una sesión de terapia a la semana. Para eso es un IOP.',
      },
      sometimes: {
        label: 'Algo. Le causan problemas de vez en cuando, pero la persona se las arregla la mayoría de los días.',
        guidance: 'Si la persona se las arregla la mayoría de los días, la atención ambulatoria regular, como la terapia semanal, puede ser suficiente.',
      },
      little: {
        label: 'Poco o nada.',
        guidance: 'Si la vida diaria de la persona va bien en general, puede bastar con la atención ambulatoria regular. O con hablar con su médico.',
      },
    },
  },
  'past-care': {
    topic: 'Lo que pasó antes',
    question: 'Antes, cuando la persona intentó dejar de consumir, consumir menos o mejorar, ¿qué pasó?',
    hint: firstFits,
    why: 'Lo que pasó antes muestra lo que puede funcionar ahora. Si un nivel de atención no fue suficiente, el siguiente paso suele ser más atención.',
    answers: {
      'after-intensive': {
        label: 'La persona volvió a consumir, o empeoró mucho, durante o poco después de un IOP, un programa de día o uno residencial.',
        guidance:
          'Si un IOP no fue suficiente antes, puede ayudar empezar con más estructura. Puede ser atención ambulatoria de alta intensidad o un programa de hospitalización parcial (PHP). O tratamiento residencial, en el que se vive en el centro.',
      },
      'stepping-down': {
        label: 'La persona está terminando una hospitalización, un programa residencial o un programa de día, y necesita un siguiente paso.',
        guidance: 'Pasar de más atención a un IOP se llama pasar a un nivel menos intenso. Es una forma común de empezar un IOP.',
      },
      'outpatient-not-enough': {
        label: 'La persona probó la terapia semanal u otra atención ambulatoria, pero no fue suficiente.',
        guidance: 'Cuando la atención semanal no es suficiente, un IOP es un siguiente paso común. Esto se llama pasar a un nivel más intenso.',
      },
      'first-time': {
        label: 'La persona nunca ha recibido tratamiento, y le cuesta dejar de consumir o seguir sin consumir por su cuenta.',
        guidance: 'Algunas personas empiezan el tratamiento en un IOP. Otras empiezan con atención ambulatoria regular. Una evaluación ayuda a decidir.',
      },
      managing: {
        label: 'La persona puede seguir sin consumir, o manejar sus síntomas, la mayor parte del tiempo.',
        guidance: 'Si la persona lo logra la mayor parte del tiempo, la atención ambulatoria regular puede bastar para mantenerla en buen camino.',
      },
    },
  },
  home: {
    topic: 'El hogar y el apoyo de la persona',
    question: '¿Qué es cierto sobre el hogar de la persona y la gente a su alrededor?',
    hint: firstFits,
    why: 'En un IOP, la persona vive en su casa. Ayuda tener un hogar seguro con gente que la apoye. La violencia, el consumo de drogas en casa o no tener un lugar seguro donde quedarse pueden hacer difícil mejorar.',
    answers: {
      unsafe: {
        label: 'El hogar no es seguro para la persona. Hay violencia, o alguien ahí podría hacerle daño.',
        guidance: `Si la persona está en peligro, llame al ${emergency}. Cuando el hogar no es seguro, un programa residencial puede ser más seguro por ahora.`,
      },
      'no-safe-place': {
        label: 'La persona no tiene un lugar seguro donde quedarse. No tiene hogar, o no puede quedarse donde vive.',
        guidance: `Un IOP necesita que la persona tenga un lugar seguro para dormir. Un programa residencial o una vivienda de recuperación pueden ser mejores. La ${helplineNameEs}, ${helpline}, es gratis y puede ayudarle a encontrarlos.`,
      },
      'use-at-home': {
        label: 'En casa hay personas que beben o consumen drogas, y eso le hace difícil a la persona dejar de consumir.',
        guidance: 'Un IOP funciona mejor con un hogar que apoya la recuperación. Puede ayudar empezar con un programa residencial o una vivienda de recuperación.',
      },
      'few-supports': {
        label: 'El hogar es seguro, pero la persona tiene poca gente que la apoye.',
        guidance: 'Un IOP puede ayudar a la persona a crear una red de apoyo, con terapia de grupo y grupos de apoyo mutuo.',
      },
      supported: {
        label: 'El hogar es seguro, y la persona tiene gente que la apoya.',
        guidance: 'Un hogar seguro y gente que apoya a la persona son una base fuerte para recibir atención mientras vive en casa.',
      },
    },
  },
  'pregnancy-age': {
    topic: 'Embarazo y edad',
    question: '¿Alguna de estas cosas es cierta para la persona?',
    hint: firstFits,
    why: 'El embarazo y tener menos de 18 años cambian qué atención es segura y cómo funciona. Un profesional de salud debe revisar las necesidades de la persona antes de elegir un programa.',
    answers: {
      pregnant: {
        label: 'La persona está embarazada, o podría estarlo.',
        guidance:
          'Hable con un profesional de salud antes de que la persona deje o empiece algo. La abstinencia puede dañar el embarazo. Si la persona consume opioides, se recomiendan los medicamentos (buprenorfina o metadona) en lugar de pasar por la abstinencia.',
      },
      'under-18': {
        label: 'La persona tiene menos de 18 años.',
        guidance: `Los programas para adolescentes no son iguales a los de adultos. Un IOP para adolescentes suele durar ${factsEs.iopHoursAdolescent}. Las reglas sobre los padres y el consentimiento cambian según el estado. Hable primero con un profesional de salud.`,
      },
      neither: {
        label: 'Ninguna es cierta para la persona.',
        guidance: 'Esta parte no cambia el resultado.',
      },
    },
  },
  readiness: {
    topic: 'Cómo se siente la persona sobre el cambio',
    question: '¿Cómo se siente la persona sobre buscar ayuda en este momento?',
    why: 'Esta respuesta no cambia el resultado. Ayuda al profesional de salud a saber cómo empezar. Y es normal tener sentimientos encontrados.',
    answers: {
      ready: {
        label: 'La persona quiere hacer cambios, y puede ir a sesiones algunas veces a la semana.',
        guidance: 'Tener ganas de participar ayuda en cualquier nivel de atención. Un IOP pide varias sesiones cada semana.',
      },
      unsure: {
        label: 'La persona tiene dudas, pero acepta hablar con alguien.',
        guidance:
          'Es normal tener sentimientos encontrados. Muchos programas usan la entrevista motivacional. Es una forma de conversar que ayuda a las personas a encontrar sus propias razones para cambiar.',
      },
      pushed: {
        label: 'Otras personas quieren que busque ayuda más que la propia persona.',
        guidance: 'Esto es común, y el tratamiento igual puede ayudar. Escuche, mantenga la calma y evite culpar. Deje que la persona le diga al profesional de salud cómo se siente.',
      },
    },
  },
  duties: {
    topic: 'Trabajo, estudios y cuidado de otros',
    question: '¿Tiene la persona trabajo, estudios o gente a su cuidado que no puede dejar durante el tratamiento?',
    hint: 'Cuidar de otros quiere decir cuidar a niños o a otras personas.',
    why: 'Un IOP está pensado para que las personas puedan seguir con su trabajo, sus estudios o el cuidado de otros. Esta respuesta no cambia el resultado. Pero ayuda a encontrar un programa que se adapte a la vida de la persona.',
    answers: {
      'must-continue': {
        label: 'Sí, y la persona no puede dejarlo.',
        guidance: 'Un IOP está pensado para esto. Muchos programas tienen sesiones de mañana, de noche o en línea. Así la persona puede cumplir con sus obligaciones.',
      },
      'could-pause': {
        label: 'Sí, pero la persona podría tomar tiempo libre si lo necesitara.',
        guidance: 'Tomar tiempo libre le da a la persona más opciones, como programas de día o más atención si la necesita.',
      },
      no: {
        label: 'No, no tiene.',
        guidance: 'Con menos obligaciones, puede ser más fácil asistir a programas de día o recibir más atención si la necesita.',
      },
    },
  },
};

const overdoseMore = { path: overdoseInfoPathEs, text: overdoseInfoTextEs };
const fentanylPills = 'Hay fentanilo en gran parte de las drogas de la calle, incluso en pastillas que parecen reales.';

/** The safety boxes about someone else: the same one action first, 988 and 911 where the first-person boxes have them. */
const safety: Record<SafetyKind, SafetyText> = {
  medical: {
    heading: `Llame al ${emergency} ahora`,
    points: [
      'Puede que la persona esté teniendo una emergencia médica.',
      `Llame al ${emergency} ahora, o pida a alguien cerca de la persona que llame.`,
      'Si la persona pudo haber tomado demasiado de una droga, dígalo. El personal de emergencias está ahí para ayudar, no para juzgar.',
    ],
  },
  suicide: {
    heading: `${CallOrText} ahora`,
    points: [
      'Sus respuestas muestran señales de que la persona puede tener un riesgo alto de suicidio en este momento.',
      `${CallOrText} ahora, con la persona o en su nombre. ${crisisSpanishSentence} Es gratis y atiende de día y de noche.`,
      `Si la persona está en peligro en este momento, llame al ${emergency}.`,
      'Busque esta ayuda antes de elegir cualquier programa.',
    ],
  },
  'lethal-means': {
    heading: 'Ponga las armas de fuego y los medicamentos fuera de alcance',
    points: [
      'Guarde bajo llave cualquier arma de fuego, o sáquela de la casa por ahora.',
      'Pida a alguien de confianza que guarde el arma, o las llaves, por un tiempo.',
      'Guarde bajo llave los medicamentos, y tenga solo pequeñas cantidades en la casa.',
      'Esta es una de las mejores formas de proteger a alguien en una crisis. Salva vidas.',
    ],
  },
  'suicide-thoughts': {
    heading: `${CallOrText} hoy`,
    points: [
      'Usted dijo que la persona ha tenido pensamientos de quitarse la vida o de hacerse daño.',
      `${CallOrText} hoy, con la persona o para recibir apoyo usted. ${crisisSpanishSentence} Es gratis y atiende de día y de noche.`,
      'Hable de estos pensamientos con el profesional de salud antes de que la persona elija la atención.',
      `Si la persona empieza a hacer un plan o piensa actuar, ${callOrText} ahora. Si está en peligro, llame al ${emergency}.`,
    ],
  },
  withdrawal: {
    heading: 'La persona debe hablar con un médico antes de dejar el alcohol o los sedantes',
    points: [
      'Dejar el alcohol o los sedantes de golpe puede causar convulsiones o delirium tremens (DT). Pueden causar la muerte.',
      `La abstinencia puede empezar en pocas horas. Puede ir empeorando ${factsEs.withdrawalWorsensOver}, aunque empiece leve.`,
      'No presione a la persona para que los deje de golpe. Un médico debe planear cómo los deja: en una clínica, o de forma ambulatoria cuando sea seguro.',
      `Si la persona tiene una convulsión, confusión o ve cosas que no están, llame al ${emergency}.`,
    ],
    more: { path: withdrawalInfoPathEs, text: 'por qué la abstinencia necesita atención médica' },
  },
  'opioid-tolerance': {
    heading: 'Proteja a la persona de una sobredosis',
    points: [
      'Después de un tiempo sin opioides, el cuerpo pierde la tolerancia. Esto pasa después de una desintoxicación, la cárcel, una hospitalización o un tratamiento.',
      'La cantidad que la persona consumía antes ahora puede matarla.',
      fentanylPills,
      'Pregunte ahora por la buprenorfina o la metadona para la persona. Bajan el riesgo de morir. Muchos IOP inician este medicamento o ayudan a conseguirlo.',
    ],
    more: overdoseMore,
  },
  naloxone: {
    heading: 'Tenga naloxona (Narcan) a mano',
    points: [
      'La naloxona es un medicamento que puede revertir una sobredosis de opioides.',
      `Puede comprar el aerosol nasal sin receta. Se vende así desde ${factsEs.naloxoneOverTheCounterSince}.`,
      'Tenga naloxona en casa y llévela con usted. Asegúrese de que la persona y la gente cercana sepan dónde está.',
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
      'Después de la abstinencia o de cualquier tiempo sin consumir, la tolerancia baja. Entonces, el riesgo de una sobredosis mortal sube mucho.',
      fentanylPills,
    ],
    more: overdoseMore,
  },
  'prescribed-benzo': {
    heading: 'La persona no debe dejar su benzodiazepina por su cuenta',
    points: [
      'Dejar de golpe una benzodiazepina que se toma a diario puede causar convulsiones.',
      'La persona debe avisar al profesional de salud que se la receta antes de hacer cualquier cambio.',
      'El profesional de salud puede planear un cambio seguro si hace falta.',
    ],
  },
};

const outcomes: Record<Outcome, OutcomeText> = {
  'urgent-help-first': {
    heading: 'Busque ayuda ahora, antes de elegir un programa',
    summary: [
      'Algunas de sus respuestas muestran que la persona puede estar en peligro ahora.',
      `Primero busque ayuda. ${CallOrText}. ${crisisSpanishSentence} Si la persona está en peligro inmediato, llame al ${emergency}.`,
      'Los planes de atención pueden esperar hasta que la persona esté a salvo. Después, un profesional de salud puede ayudar a elegir la atención.',
    ],
    next: [
      `${CallOrText} ahora. ${crisisSpanishSentence} Si hay peligro, llame al ${emergency}.`,
      'Ponga las armas de fuego y los medicamentos guardados fuera de alcance, o pida a alguien que los guarde.',
      'Cuando la persona esté a salvo, pida una evaluación a un profesional de salud. Lleve estas respuestas.',
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
      'La persona no debe dejar el alcohol ni los sedantes de golpe por su cuenta. Un médico debe planear cómo los deja.',
      'Si la persona consume opioides, pregunte por empezar la buprenorfina o la metadona.',
      'Pida pronto una evaluación a un médico o a un profesional de salud. Lleve estas respuestas.',
      samhsaLine,
    ],
  },
  'clinician-first': {
    heading: 'Hable con un profesional de salud antes de elegir',
    summary: [
      'Algunas de sus respuestas necesitan que un profesional de salud las revise antes de elegir un programa.',
      'Las razones de abajo explican por qué. Por favor, no se salte este paso.',
      'Un IOP todavía puede ser adecuado después de esa conversación. O quizás la persona necesite más atención primero.',
    ],
    next: [
      'Ayude a la persona a hablar pronto con un médico o un profesional de salud. Lleve estas respuestas.',
      'La persona no debe dejar el alcohol, los sedantes ni un medicamento recetado por su cuenta.',
      `Si hay pensamientos de suicidio, ${callOrText} hoy. ${crisisSpanishSentence}`,
      samhsaLine,
    ],
  },
  'iop-may-fit': {
    heading: 'Un IOP podría ser adecuado: vale la pena hablarlo',
    summary: [
      `Sus respuestas coinciden con lo que suele ser adecuado para un programa ambulatorio intensivo (IOP, por sus siglas en inglés). En un IOP, la persona recibe atención ${factsEs.iopHoursAdult} mientras vive en su casa.`,
      'Después de hablar con la persona, un profesional de salud todavía puede sugerir más o menos atención.',
    ],
    next: [
      'Ayude a la persona a pedir una evaluación a un médico o a un profesional de salud. Lleve estas respuestas.',
      'Pregunte a los programas por sus días y horarios, y si tienen sesiones en línea.',
      'Pregunte al plan de salud de la persona qué cubre.',
    ],
  },
  'outpatient-may-be-enough': {
    heading: 'La atención ambulatoria regular puede ser suficiente',
    summary: [
      `Sus respuestas indican una atención menos intensa, como la terapia semanal (${factsEs.outpatientHoursAdult}).`,
      'Si eso no es suficiente, un IOP es un siguiente paso común.',
    ],
    next: ['Anime a la persona a hablar con un médico, terapeuta o consejero sobre cómo se siente.', 'Si las cosas empeoran, pregunte por un IOP.'],
  },
};

export const otherWordsEs: SelfCheckWords = {
  voice: 'other',
  questions: questionsInVoice(selfCheckQuestionsEs, words),
  safetyTexts: safety,
  outcomeTexts: outcomes,
  notADiagnosis: [
    'Esto no es un diagnóstico. No puede decirle qué atención necesita la persona.',
    'Decide un profesional de salud, después de una evaluación: una conversación con la persona sobre su salud y su vida.',
  ],
  urgent: {
    heading: 'Si la persona está en peligro, busque ayuda ahora',
    notes: {
      lethalMeans: 'Si hay pensamientos de suicidio, guarde bajo llave o saque de la casa las armas de fuego y los medicamentos guardados. O pida a alguien que los guarde.',
      sedatives: 'No presione a la persona para que deje de golpe el alcohol, las benzodiazepinas u otros sedantes. Primero, un médico debe planearlo.',
      opioids: 'Si la persona consume opioides, tenga naloxona (Narcan) a mano y pregunte por los medicamentos (buprenorfina o metadona). Lea sobre',
    },
  },
  resultLabel: 'El resultado',
  safetyFor: 'la seguridad de la persona',
  keepAnswering: 'Puede seguir respondiendo. El resultado mostrará primero esta ayuda.',
  answersHeading: 'Sus respuestas sobre la persona',
  title: '¿Es un IOP adecuado para mi ser querido? Preguntas para familias',
  description:
    'Preguntas para padres, parejas o cuidadores, para prepararse a hablar con un profesional de salud sobre un programa ambulatorio intensivo (IOP). Nada se envía.',
  intro: [
    `Estas ${selfCheckQuestionsEs.length} preguntas son para alguien que usted quiere o cuida, como su hijo/a adolescente o su pareja. Le ayudan a pensar si un programa ambulatorio intensivo (IOP, por sus siglas en inglés) puede ser adecuado para esa persona. En las preguntas, la llamamos "la persona". Siguen las áreas sobre las que pregunta un profesional de salud en una evaluación.`,
    'Esto no es un examen ni un diagnóstico. Un profesional de salud que hable con la persona decide qué atención es adecuada.',
    'Puede que no sepa todas las respuestas. Elija lo que pueda ser cierto, y dígale al profesional de salud qué cosas no sabía con certeza.',
  ],
};

/**
 * The Spanish self-check's words in either voice, as `wordsFor` in src/lib/self-check-voices.ts. It lives here, not
 * beside the first-person words, so that the first-person page does not carry the third-person words.
 */
export function wordsForEs(voice: Voice): SelfCheckWords {
  return voice === 'other' ? otherWordsEs : selfWordsEs;
}
