import { Goal } from '@aquarium/shared';
import { describe, expect, it } from 'vitest';
import { parsePlanOutline } from './planOutline';

const outline = `
## Tavoite 1: Asiakkaiden osallisuus vahvistuu
Odotettu tulos: Kokemusasiantuntijat ovat mukana kehittämisessä.
Mittari: Koulutettujen määrä; Raatien määrä
- Kokemusasiantuntijakoulutus (syksy 2024)
  - Kolme koulutuspäivää
    - Seinäjoki
  - Vertaisryhmät
- Asiakasraadit (14.5.2025)

Tavoite 2: Sosiaalinen kuntoutus → Ryhmätoiminta on osa palveluja
* Ryhmätoiminnan **mallinnus**

# Kehittämisteemat
- Sosiaalinen kuntoutus
- Palvelukuvaukset
`;

describe('pasting a plan outline', () => {
  it('fills goals, expected results, indicators, nested dated activities and themes', () => {
    const plan = parsePlanOutline(outline);
    expect(plan.goals.map((g) => g.name)).toEqual(['Asiakkaiden osallisuus vahvistuu', 'Sosiaalinen kuntoutus']);
    expect(plan.goals[0]!.expectedResult).toBe('Kokemusasiantuntijat ovat mukana kehittämisessä.');
    expect(plan.goals[0]!.indicators).toEqual(['Koulutettujen määrä', 'Raatien määrä']);
    const [training, panels] = plan.goals[0]!.activities!;
    expect(training).toMatchObject({ text: 'Kokemusasiantuntijakoulutus', date: 'syksy 2024' });
    expect(training!.children!.map((a) => a.text)).toEqual(['Kolme koulutuspäivää', 'Vertaisryhmät']);
    expect(training!.children![0]!.children!.map((a) => a.text)).toEqual(['Seinäjoki']);
    expect(panels).toMatchObject({ text: 'Asiakasraadit', date: '14.5.2025' });
    expect(plan.goals[1]!.expectedResult).toBe('Ryhmätoiminta on osa palveluja');
    expect(plan.goals[1]!.activities!.map((a) => a.text)).toEqual(['Ryhmätoiminnan mallinnus']);
    expect(plan.themes.map((t) => t.name)).toEqual(['Sosiaalinen kuntoutus', 'Palvelukuvaukset']);
    // What it makes passes the server's schema as it is.
    for (const goal of plan.goals) expect(Goal.safeParse(goal).success).toBe(true);
  });

  it('keeps no deeper than the schema allows and ignores text before the first goal', () => {
    const plan = parsePlanOutline('Johdanto\nTavoite: A\n- 1\n  - 2\n    - 3\n      - 4');
    expect(plan.goals).toHaveLength(1);
    expect(Goal.safeParse(plan.goals[0]).success).toBe(true);
    expect(JSON.stringify(plan.goals[0]!.activities)).toContain('"4"');
  });
});
