/**
 * The glossary in Spanish, for the Spanish edition (/es/glosario/). Keyed by the same ids as `glossary` in
 * ./glossary.ts: the ids are public anchors and never change. Only the words are here; `see` (the "see also" links)
 * stays in the English data and is shared by both editions.
 *
 * Rules, as for the English: one to three plain sentences, "usted", person-first words, and no number that FACTS.md
 * gives as hours, cost or length. When `term` is an abbreviation, `expansion` is its Spanish name; an entry has an
 * expansion exactly when its English entry has one. tests/unit/glossary-es.test.ts checks all of this.
 */
export interface GlossaryTextEs {
  /** The word as Spanish readers meet it; an English abbreviation stays as it is, e.g. "IOP". */
  term: string;
  /** The Spanish name of the abbreviation, when `term` is one, e.g. "programa ambulatorio intensivo". */
  expansion?: string;
  /** One to three plain sentences, same meaning as the English definition. */
  definition: string;
}

export const glossaryEs = {
  aca: {
    term: 'ACA',
    expansion: 'Ley del Cuidado de Salud a Bajo Precio',
    definition:
      'Es una ley de salud de los Estados Unidos. Pide que los planes para personas y pequeñas empresas cubran la atención de salud mental y de consumo de sustancias. Esta atención es parte de los beneficios básicos que todo plan así debe tener.',
  },
  ada: {
    term: 'ADA',
    expansion: 'Ley de Estadounidenses con Discapacidades',
    definition:
      'Es una ley de los Estados Unidos contra el trato injusto por una discapacidad, en el trabajo y en otros lugares. Puede proteger a personas en tratamiento o en recuperación, o que toman medicamentos recetados para el trastorno por consumo de opioides. No protege el consumo actual de drogas ilegales.',
  },
  accreditation: {
    term: 'Acreditación',
    definition:
      'Es una revisión en la que un grupo de fuera compara un programa con reglas fijas de seguridad y calidad. Si el programa pasa, se dice que está acreditado. Dos grupos que acreditan programas de tratamiento son CARF y The Joint Commission.',
  },
  aftercare: {
    term: 'Atención posterior',
    definition:
      'Es otro nombre para la atención continua. Es el apoyo que usted prepara para seguir adelante cuando termina un programa.',
  },
  asam: {
    term: 'ASAM',
    expansion: 'Sociedad Estadounidense de Medicina de las Adicciones',
    definition:
      'Es un grupo de médicos y otros trabajadores de la salud que tratan las adicciones. Escribe los Criterios de ASAM. Muchos programas y planes de salud usan esta guía para saber qué atención le sirve a cada persona.',
  },
  'asam-criteria': {
    term: 'Criterios de ASAM',
    definition:
      'Es una guía que usan los profesionales de salud y los planes de salud para elegir un nivel de atención. Mira sus necesidades en seis áreas, como la abstinencia, la salud, la salud mental, los riesgos y la vida en casa. La 4.ª edición, de 2023, es la actual, pero algunos planes aún usan nombres de la 3.ª.',
  },
  assessment: {
    term: 'Evaluación',
    definition:
      'Son preguntas y pruebas que usa un profesional de salud para conocerlo mejor. Tratan de su salud, su consumo, su ánimo, su seguridad y su vida diaria. Con las respuestas, le sugiere un nivel de atención y hace su plan con usted.',
  },
  benzodiazepine: {
    term: 'Benzodiazepina',
    definition:
      'Es un tipo de sedante para la ansiedad, el sueño o las convulsiones, como el alprazolam, el diazepam o el lorazepam. Mucha gente les dice benzos. Si se toman a diario, dejarlas de golpe puede causar convulsiones, así que un médico planea cómo dejarlas.',
  },
  buprenorphine: {
    term: 'Buprenorfina',
    definition:
      'Es un medicamento para el trastorno por consumo de opioides. Alivia las ansias de consumir y la abstinencia, y baja el riesgo de morir por una sobredosis. Muchos tipos de profesionales de salud la pueden recetar, así que puede recibirla en una clínica o en un consultorio médico.',
  },
  carf: {
    term: 'CARF',
    expansion: 'Comisión de Acreditación de Centros de Rehabilitación',
    definition:
      'Es un grupo sin fines de lucro que revisa programas de salud y de servicios humanos. Por ejemplo, programas de adicciones y de salud mental. Acredita a los que cumplen sus normas.',
  },
  'case-management': {
    term: 'Administración de casos',
    definition:
      'Es ayuda con las necesidades diarias que pueden afectar su recuperación. Por ejemplo, la vivienda, el trabajo, el dinero, el transporte, el cuidado de los niños y los asuntos legales. Un administrador de casos lo conecta con servicios cerca de usted.',
  },
  cbt: {
    term: 'TCC',
    expansion: 'terapia cognitivo-conductual',
    definition:
      'Es una terapia de conversación que le ayuda a notar ideas y hábitos que van en su contra. Luego practica nuevas formas de pensar, de enfrentar los problemas y de actuar. Muchos IOP la usan en grupo y en sesiones individuales.',
  },
  clinician: {
    term: 'Profesional de salud',
    definition:
      'Es una persona preparada y con licencia para cuidar a pacientes. Puede ser un médico, un enfermero o un psicólogo. También puede ser un consejero o un trabajador social.',
  },
  'co-occurring': {
    term: 'Trastornos concurrentes',
    definition:
      'Es tener al mismo tiempo un trastorno por consumo de sustancias y un problema de salud mental. Un ejemplo es el trastorno por consumo de alcohol con depresión. Muchos programas tratan los dos juntos.',
  },
  coinsurance: {
    term: 'Coseguro',
    definition:
      'Es la parte que usted paga del costo de la atención cubierta, como un porcentaje de la factura. Por lo general empieza cuando ya pagó su deducible. El plan paga el resto.',
  },
  confidentiality: {
    term: 'Confidencialidad',
    definition:
      'Es mantener en privado lo que usted cuenta en el tratamiento. Los programas solo pueden compartir sus datos como lo permite la ley, casi siempre con su permiso por escrito. Pregunte al programa quién puede ver sus registros.',
  },
  'contingency-management': {
    term: 'Manejo de contingencias',
    definition:
      'Es un método que le da pequeños premios, como vales o regalos, cuando usted logra una meta. Una meta puede ser una prueba de drogas negativa o ir a todas las sesiones. Los premios ayudan a formar nuevos hábitos.',
  },
  'continuing-care': {
    term: 'Atención continua',
    definition:
      'Es el apoyo que le ayuda a no perder lo que logró cuando termina un programa. Puede ser terapia, citas de control, medicamentos, grupos de apoyo o una vivienda de recuperación. También se llama atención posterior.',
  },
  copay: {
    term: 'Copago',
    definition:
      'Es una cantidad fija que usted paga cada vez que recibe un servicio cubierto, como una visita o un día de programa. Su plan paga el resto de la factura.',
  },
  dbt: {
    term: 'TDC',
    expansion: 'terapia dialéctica conductual',
    definition:
      'Es una terapia de conversación que enseña a manejar emociones fuertes, a pasar una crisis y a llevarse bien con los demás. Combina aceptarse a sí mismo con trabajar para cambiar. Muchos IOP de salud mental la usan.',
  },
  deductible: {
    term: 'Deducible',
    definition:
      'Es lo que usted paga cada año del plan por la atención cubierta. Después, su plan de salud empieza a pagar su parte.',
  },
  'delirium-tremens': {
    term: 'Delirium tremens',
    definition:
      'Es un estado peligroso que puede ocurrir si alguien deja de beber después de beber mucho cada día. Causa temblores, confusión, fiebre y ver cosas que no están ahí. Puede causar la muerte, así que necesita atención de emergencia, y un médico planea cómo dejar el alcohol para evitarlo.',
  },
  detox: {
    term: 'Desintoxicación',
    definition:
      'Es una palabra común para el manejo de la abstinencia. Es la atención que ayuda a su cuerpo a pasar la abstinencia sin peligro. Con los opioides, la desintoxicación sola no es un tratamiento: un medicamento como la buprenorfina o la metadona es más seguro.',
  },
  'dual-diagnosis': {
    term: 'Diagnóstico dual',
    definition:
      'Es un nombre común para los trastornos concurrentes. Es decir, un problema de salud mental y un trastorno por consumo de sustancias al mismo tiempo. Muchos IOP tratan los dos juntos.',
  },
  'evidence-based': {
    term: 'Basado en la evidencia',
    definition:
      'Quiere decir que buenos estudios muestran que un método ayuda a las personas. Muchos IOP usan estos métodos. La TCC es un ejemplo.',
  },
  fentanyl: {
    term: 'Fentanilo',
    definition:
      'Es un opioide muy fuerte. El fentanilo de fabricación ilegal está en gran parte de las drogas de la calle, hasta en pastillas falsas que parecen reales. Causa la mayoría de las muertes por sobredosis en los Estados Unidos.',
  },
  'family-therapy': {
    term: 'Terapia familiar',
    definition:
      'Son sesiones con su familia u otras personas cercanas a usted. Aprenden juntos sobre el problema de salud. Hablan de los problemas y buscan formas de apoyar la recuperación.',
  },
  fmla: {
    term: 'FMLA',
    expansion: 'Ley de Licencia Familiar y Médica',
    definition:
      'Es una ley que da a ciertos trabajadores de los Estados Unidos una licencia sin sueldo por un problema de salud grave. Protege su empleo, y la licencia se puede tomar de una vez o por horas. El tratamiento por consumo de sustancias puede contar, pero faltar por el consumo no cuenta.',
  },
  findtreatment: {
    term: 'FindTreatment.gov',
    definition:
      'Es un sitio web gratis y privado de SAMHSA. Muestra lugares de tratamiento con licencia en los Estados Unidos. Puede buscar por tipo de atención y por forma de pago, como Medicaid, Medicare o una escala móvil de tarifas.',
  },
  'group-therapy': {
    term: 'Terapia de grupo',
    definition:
      'Es terapia en un grupo pequeño, con un consejero preparado que lo dirige. Los miembros hablan, aprenden destrezas y se apoyan entre sí. Es la base de la mayoría de los IOP.',
  },
  hiop: {
    term: 'Atención ambulatoria de alta intensidad',
    definition:
      'Es lo que la edición actual de los Criterios de ASAM, la 4.ª, llama nivel 2.5. Es un programa de casi todo el día, con más horas que un IOP, mientras usted vive en su casa. A menudo se abrevia HIOP, y muchos programas y planes aún lo llaman programa de hospitalización parcial (PHP).',
  },
  hipaa: {
    term: 'HIPAA',
    expansion: 'Ley de Portabilidad y Responsabilidad de Seguros Médicos',
    definition:
      'Es una ley de los Estados Unidos que protege los registros de salud y pone reglas sobre quién puede verlos. Los registros del tratamiento por consumo de sustancias tienen más protección por la regla 42 CFR Part 2.',
  },
  'in-network': {
    term: 'Dentro de la red',
    definition:
      'Es un programa o un profesional de salud que tiene contrato con su plan de salud. La atención dentro de la red le suele costar menos que la atención fuera de la red.',
  },
  'individual-therapy': {
    term: 'Terapia individual',
    definition: 'Es tiempo a solas con un consejero o terapeuta. Usted trabaja en sus propias metas, preocupaciones y plan.',
  },
  inpatient: {
    term: 'Hospitalización',
    definition:
      'Es atención en la que usted se queda día y noche en un hospital o en una unidad médica. Siempre hay médicos y enfermeros cerca. Se usa, por ejemplo, para una abstinencia con riesgo o una crisis de salud mental.',
  },
  intake: {
    term: 'Admisión',
    definition:
      'Es su primer contacto o su primera visita con un programa. El personal toma sus datos, revisa su seguro y muchas veces empieza su evaluación.',
  },
  iop: {
    term: 'IOP',
    expansion: 'programa ambulatorio intensivo',
    definition:
      'Es un programa de tratamiento para el consumo de sustancias o para problemas de salud mental. Usted vive en su casa y va a sesiones de unas horas varios días a la semana. Da más atención que la terapia semanal y menos que la atención ambulatoria de alta intensidad (un programa de hospitalización parcial).',
  },
  'joint-commission': {
    term: 'Joint Commission',
    definition:
      'Este grupo sin fines de lucro revisa hospitales y otros programas de salud, incluso los de salud mental y consumo de sustancias. Acredita a los que cumplen sus normas. Su nombre completo es The Joint Commission.',
  },
  'level-of-care': {
    term: 'Nivel de atención',
    definition:
      'Es cuánto tratamiento recibe usted y dónde lo recibe. Va de unas pocas horas a la semana en un consultorio a atención día y noche en un hospital. La evaluación de un profesional de salud ayuda a decidir qué nivel le sirve ahora.',
  },
  mat: {
    term: 'MAT',
    expansion: 'medicamentos para tratar las adicciones',
    definition:
      'Es tratar con medicamentos el trastorno por consumo de opioides o de alcohol. Se dan junto con consejería y otra ayuda. En algunos lugares aún lo llaman por su nombre viejo: tratamiento asistido con medicamentos.',
  },
  medicaid: {
    term: 'Medicaid',
    definition:
      'Es un seguro médico público para personas con bajos ingresos. Cada estado tiene su propio programa, con ayuda del gobierno federal. La mayoría de los estados cubren los IOP, pero las reglas cambian de un estado a otro.',
  },
  medicare: {
    term: 'Medicare',
    definition:
      'Es el seguro médico federal para personas de 65 años o más, y para algunas más jóvenes con una discapacidad. Ahora cubre los IOP en algunos lugares. Un médico debe confirmar que usted necesita tanta atención.',
  },
  methadone: {
    term: 'Metadona',
    definition:
      'Es un medicamento para el trastorno por consumo de opioides. Alivia las ansias de consumir y la abstinencia. Para este uso, se recibe en un programa de tratamiento de opioides, una clínica con un permiso especial.',
  },
  'motivational-interviewing': {
    term: 'Entrevista motivacional',
    definition:
      'Es una forma de hablar que le ayuda a encontrar sus propias razones para cambiar. El consejero escucha y hace preguntas abiertas. No le da sermones ni lo presiona.',
  },
  moud: {
    term: 'MOUD',
    expansion: 'medicamentos para el trastorno por consumo de opioides',
    definition:
      'Son medicamentos que tratan el trastorno por consumo de opioides. Los principales son la metadona, la buprenorfina y la naltrexona. Alivian las ansias de consumir y la abstinencia, o bloquean la euforia, y bajan el riesgo de morir por una sobredosis.',
  },
  'mutual-support': {
    term: 'Grupos de apoyo mutuo',
    definition:
      'Son grupos gratis donde personas que han vivido lo mismo se ayudan entre sí. Algunos siguen doce pasos y otros no. No son un tratamiento, pero a muchas personas les ayudan durante un programa y después.',
  },
  naloxone: {
    term: 'Naloxona',
    definition:
      'Es un medicamento que puede revertir una sobredosis de opioides y salvar una vida. Narcan es una marca. El aerosol nasal se vende sin receta. Cualquier persona lo puede dar, pero aun así llame al 911.',
  },
  naltrexone: {
    term: 'Naltrexona',
    definition:
      'Es un medicamento que bloquea el efecto de los opioides y puede bajar las ganas de beber. Trata el trastorno por consumo de opioides y el de alcohol. Para los opioides, usted debe pasar un tiempo sin tomarlos antes de empezarla.',
  },
  'opioid-treatment-program': {
    term: 'OTP',
    expansion: 'programa de tratamiento de opioides',
    definition:
      'Es una clínica con un permiso especial para tratar el trastorno por consumo de opioides. Puede dar metadona y otros medicamentos. Muchas también dan consejería, y algunas tienen un IOP.',
  },
  'out-of-pocket-maximum': {
    term: 'Máximo de gastos de bolsillo',
    definition:
      'Es lo más que usted tiene que pagar por la atención cubierta en un año del plan. Cuando llega a esa cantidad, su plan paga todo el costo de la atención cubierta por el resto de ese año.',
  },
  outpatient: {
    term: 'Atención ambulatoria',
    definition:
      'Es el tratamiento que recibe mientras vive en su casa, como terapia o visitas para sus medicamentos. La atención ambulatoria común tiene menos horas a la semana que un IOP.',
  },
  overdose: {
    term: 'Sobredosis',
    definition:
      'Es tomar más de una droga de lo que el cuerpo puede soportar. Con los opioides, la respiración se vuelve lenta o se para. Las señales son pupilas muy pequeñas, no despertar, respirar lento o no respirar, y labios azules o grises. Llame al 911 y dé naloxona.',
  },
  parity: {
    term: 'Paridad',
    definition:
      'Paridad quiere decir trato igual. Por ley federal, un plan que cubre salud mental y consumo de sustancias no puede limitar esa atención más que la médica. Esto vale para los costos, como los copagos, y para los límites, como un tope de visitas.',
  },
  'part-2': {
    term: 'Parte 2 (42 CFR Part 2)',
    definition:
      'Es una regla federal que protege los registros del tratamiento por consumo de sustancias más que otros registros de salud. Por lo general, un programa necesita su permiso por escrito para compartirlos. No se pueden usar en su contra en un juicio sin su permiso o sin una orden del juez.',
  },
  'patient-brokering': {
    term: 'Corretaje de pacientes',
    definition:
      'Es pagarle a alguien, o darle regalos, para que lleve personas a un programa de tratamiento. Las ofertas pueden ser dinero, viajes gratis o renta gratis. Muchas veces va contra la ley, y cualquier oferta así es una señal de alerta.',
  },
  'peer-support': {
    term: 'Apoyo de pares',
    definition:
      'Es la ayuda de una persona preparada que ha vivido su propia recuperación. Esta persona le cuenta lo que a ella le ayudó y le ayuda a encontrar apoyo cerca de usted.',
  },
  php: {
    term: 'PHP',
    expansion: 'programa de hospitalización parcial',
    definition:
      'En este programa, usted pasa casi todo el día en tratamiento la mayoría de los días de semana y duerme en casa. Da más atención que un IOP y menos que la hospitalización. Los Criterios de ASAM más nuevos lo llaman atención ambulatoria de alta intensidad.',
  },
  'prior-authorization': {
    term: 'Autorización previa',
    definition:
      'Es un visto bueno que su plan de salud puede tener que dar antes de ciertos tipos de atención, como un IOP. Sin esa autorización, puede que el plan no pague. Muchas veces la pide el programa o su profesional de salud.',
  },
  psychoeducation: {
    term: 'Psicoeducación',
    definition:
      'Son clases para usted y su familia sobre su problema de salud y cómo funciona el tratamiento. También aprende a notar a tiempo las señales de alerta.',
  },
  ptsd: {
    term: 'TEPT',
    expansion: 'trastorno de estrés postraumático',
    definition:
      'Es un problema de salud que puede empezar después de vivir algo que da miedo o hace daño. Las señales incluyen pesadillas, recuerdos dolorosos, estar siempre en alerta y evitar lo que le recuerda lo que pasó.',
  },
  'recovery-housing': {
    term: 'Vivienda de recuperación',
    definition:
      'Es una casa compartida sin alcohol ni drogas para personas en recuperación. Las personas que viven ahí se apoyan entre sí y siguen las reglas de la casa. También se llama vivienda sobria.',
  },
  'relapse-prevention': {
    term: 'Prevención de recaídas',
    definition:
      'Son destrezas para notar a tiempo las señales de alerta. También sirven para planear cómo manejar el estrés, las ansias de consumir y los momentos difíciles. Si vuelve a consumir, usted y su equipo usan lo que aprendió para ajustar el plan.',
  },
  residential: {
    term: 'Tratamiento residencial',
    definition:
      'Es un tratamiento en el que usted vive en el programa por un tiempo, con personal ahí día y noche. Da estructura y apoyo lejos del estrés diario. El tiempo que dura cambia de una persona a otra.',
  },
  'return-to-use': {
    term: 'Volver a consumir',
    definition:
      'Es consumir alcohol o drogas otra vez después de un tiempo sin consumir. Es común y no es un fracaso. Es una señal para revisar su plan y, a veces, para recibir más atención por un tiempo.',
  },
  samhsa: {
    term: 'SAMHSA',
    expansion: 'Administración de Servicios de Salud Mental y Abuso de Sustancias',
    definition:
      'Es la agencia federal de los Estados Unidos para la salud mental y el consumo de sustancias. Dirige el trabajo de salud pública en estos temas. Maneja FindTreatment.gov y una línea nacional de ayuda gratis y privada.',
  },
  sedative: {
    term: 'Sedante',
    definition:
      'Es una droga que frena el cerebro, como el alcohol, las benzodiazepinas, las pastillas para dormir, los barbitúricos o el GHB. Si se deja después de tomar mucho cada día, puede causar convulsiones o delirium tremens, que pueden causar la muerte. Un médico planea cómo dejarlo.',
  },
  'sliding-scale': {
    term: 'Escala móvil de tarifas',
    definition:
      'Es una forma de fijar los precios para que usted pague menos si gana menos. Algunos programas la ofrecen a personas con poco seguro médico o sin seguro. Puede preguntar al programa si la tiene.',
  },
  'sober-living': {
    term: 'Vivienda sobria',
    definition: 'Es otro nombre para la vivienda de recuperación. Es una casa compartida donde no se permiten el alcohol ni las drogas.',
  },
  'step-down': {
    term: 'Pasar a un nivel menos intenso',
    definition: 'Es pasar a un nivel de atención menos intenso cuando usted mejora. Un ejemplo es pasar de un PHP a un IOP.',
  },
  'step-up': {
    term: 'Pasar a un nivel más intenso',
    definition:
      'Es pasar a un nivel de atención más intenso cuando usted necesita más apoyo. Un ejemplo es pasar de la terapia semanal a un IOP.',
  },
  'substance-use-disorder': {
    term: 'SUD',
    expansion: 'trastorno por consumo de sustancias',
    definition:
      'Es un problema de salud en el que una persona sigue consumiendo alcohol o drogas aunque le hagan daño. Puede ser leve, moderado o grave, y se puede tratar.',
  },
  telehealth: {
    term: 'Telesalud',
    definition:
      'Es atención por video o por teléfono, en lugar de en persona. Muchos IOP tienen una opción virtual por video, y muchos planes de salud la cubren.',
  },
  tolerance: {
    term: 'Tolerancia',
    definition:
      'Es cuánto se ha acostumbrado su cuerpo a una droga. Después de un tiempo sin opioides, como una desintoxicación, la cárcel o una estancia en el hospital, la tolerancia baja. Por eso, la cantidad que antes tomaba puede causarle una sobredosis.',
  },
  'treatment-plan': {
    term: 'Plan de tratamiento',
    definition:
      'Es un plan por escrito que usted hace con su equipo de atención. Dice sus metas, la atención que va a recibir y cómo van a seguir su avance. Cambia cuando cambian sus necesidades.',
  },
  tricare: {
    term: 'TRICARE',
    definition:
      'Es el plan de salud para las personas en las fuerzas armadas de los Estados Unidos, los retirados y sus familias. Cubre los IOP de salud mental y de consumo de sustancias.',
  },
  'withdrawal-management': {
    term: 'Manejo de la abstinencia',
    definition:
      'Es atención médica que lo mantiene seguro durante la abstinencia: lo que vive su cuerpo al dejar o reducir el consumo. Se puede dar en un hospital, en un programa donde usted vive o, cuando no hay peligro, de forma ambulatoria. Dejar de golpe el alcohol o los sedantes puede causar convulsiones.',
  },
} satisfies Record<string, GlossaryTextEs>;
