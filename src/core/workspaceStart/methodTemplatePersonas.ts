/**
 * The persona skeletons of the method template: the three roles a B2B buying centre has in almost every
 * company (seed 002: decider, user, influencer), named so a workshop group sees what to fill in. They
 * carry prompts, not content: the template must not pretend to know the company's customers.
 */
export interface PersonaSkeleton {
  name: string;
  role: string;
  description: string;
  needs: string[];
  goals: string[];
  pains: string[];
  preferredChannels: string[];
}

export type TemplateLocale = 'de' | 'en';

const de: PersonaSkeleton[] = [
  {
    name: 'Entscheider:in (Einkauf / Geschäftsführung)',
    role: 'Entscheidet über Lieferanten und Budget',
    description:
      'Skelett aus der Methodenvorlage: Name, Branche und Unternehmensgröße durch eine echte Kundin oder einen echten Kunden ersetzen.',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
  {
    name: 'Anwender:in (Technik / Fachabteilung)',
    role: 'Nutzt das Produkt oder die Leistung täglich',
    description:
      'Skelett aus der Methodenvorlage: Bedürfnisse, Ziele und Probleme im Workshop mit dem Vertrieb ergänzen.',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
  {
    name: 'Beeinflusser:in (Empfehlung / Beratung)',
    role: 'Empfiehlt, prüft oder rät ab, ohne selbst zu kaufen',
    description:
      'Skelett aus der Methodenvorlage: wer beeinflusst die Entscheidung (Planungsbüro, Kollegin, Verband)?',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
];

const en: PersonaSkeleton[] = [
  {
    name: 'Decision maker (purchasing / management)',
    role: 'Decides on suppliers and budget',
    description:
      'Skeleton from the method template: replace name, industry and company size with a real customer.',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
  {
    name: 'User (engineering / department)',
    role: 'Uses the product or service every day',
    description: 'Skeleton from the method template: add needs, goals and pains in a workshop with sales.',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
  {
    name: 'Influencer (recommendation / advice)',
    role: 'Recommends, checks or advises against without buying',
    description:
      'Skeleton from the method template: who influences the decision (planners, colleagues, associations)?',
    needs: [],
    goals: [],
    pains: [],
    preferredChannels: [],
  },
];

/**
 * The persona skeletons a workspace started from the method template gets, in its language.
 * @example methodTemplatePersonas('en').map((p) => p.name) // ['Decision maker (…)', 'User (…)', 'Influencer (…)']
 */
export function methodTemplatePersonas(locale: TemplateLocale): PersonaSkeleton[] {
  return locale === 'en' ? en : de;
}
