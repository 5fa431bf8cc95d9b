import type { MovementWords } from '../../wording/textCatalog.js'

/** The built-in movements in German: names as a German-speaking trainer would say them, descriptions of what the body does. */
export const MOVEMENTS_DE: MovementWords = {
  'hip-mobility': { name: 'Hüftmobilität', description: 'Führt jede Hüfte langsam durch ihre Drehungen und Beugungen, um zu finden, wo sie steif oder empfindlich ist.' },
  'cat-camel': { name: 'Katze-Kamel', description: 'Im Vierfüßlerstand wird der ganze Rücken nach oben gerundet und dann Wirbel für Wirbel durchhängen gelassen.' },
  'in-line-lunge-halo': {
    name: 'Ausfallschritt in Linie mit Halo',
    description: 'Ein schmaler Schrittstand wird gehalten, während ein leichtes Gewicht um den Kopf kreist; Hüfte und Rumpf bleiben ruhig.',
  },
  'forward-reverse-beast-walk': {
    name: 'Bärengang vor und zurück',
    description: 'Krabbeln auf Händen und Füßen, die Knie knapp über dem Boden, vorwärts und dann rückwärts, der Rumpf bleibt ruhig.',
  },
  'lateral-beast-walk': { name: 'Bärengang seitwärts', description: 'Derselbe tiefe Krabbelgang, seitwärts in die eine und dann in die andere Richtung.' },
  'hip-bridge': {
    name: 'Beckenheben',
    description: 'In Rückenlage mit gebeugten Knien spannt das Gesäß an und hebt die Hüfte, bis Knie, Hüfte und Schultern eine Linie bilden.',
  },
  'single-leg-hip-bridge': {
    name: 'Einbeiniges Beckenheben',
    description: 'Das Beckenheben über nur einen Fuß, das andere Bein bleibt gestreckt: die schwerere Form des Beckenhebens.',
  },
  'side-plank-clam-shell': { name: 'Seitstütz mit Muschel', description: 'Im Seitstütz auf Unterarm und Knien öffnet sich das obere Knie wie eine Muschel und schließt sich wieder.' },
  'bird-dog': { name: 'Vierfüßler-Diagonale', description: 'Im Vierfüßlerstand werden ein Arm und das gegenüberliegende Bein lang gestreckt, der Rücken bleibt waagerecht; dann Seitenwechsel.' },
  'kettlebell-walk': {
    name: 'Gehen mit Kettlebell',
    description: 'Eine festgelegte Strecke gehen und dabei eine Kettlebell so halten, dass der Rumpf arbeiten muss, um aufrecht zu bleiben; eine Wiederholung ist eine Strecke.',
    variants: {
      'by-the-side': 'Seitlich gehalten',
      'bottoms-up': 'Mit dem Boden nach oben gehalten',
      overhead: 'Über Kopf gehalten',
      'overhead-and-side': 'Eine über Kopf, eine seitlich',
      'bottoms-up-overhead': 'Mit dem Boden nach oben über Kopf gehalten',
    },
  },
  'back-mobility-warm-up': {
    name: 'Aufwärmen für die Rückenbeweglichkeit',
    description: 'Leichte Drehungen und Beugungen, die den Rücken lockern: vor einer Belastung, wenn er sich verspannt oder wenn Schmerzen aufkommen.',
  },
  'hamstring-mobility-warm-up': {
    name: 'Aufwärmen für die hintere Oberschenkelmuskulatur',
    description: 'Ein gestrecktes Bein und dann das andere heben und senken, während die Körpermitte das Becken ruhig hält.',
  },
  deadbug: { name: 'Deadbug-Halten', description: 'In Rückenlage, Arme zur Decke und Knie über der Hüfte: die Körpermitte anspannen und den unteren Rücken am Boden halten.' },
  'advanced-iso-hold': { name: 'Fortgeschrittenes Rumpfhalten', description: 'Ein noch schwereres statisches Halten für den Rumpf, sobald das Deadbug-Halten eine volle Minute erreicht.' },
  'thoracic-press': { name: 'Brustwirbelsäulen-Öffner', description: 'Öffnet oberen Rücken und Schultern gegen den Zug langer Stunden, die man über einen Schreibtisch oder eine Behandlungsliege gebeugt ist.' },
  'hip-thrust': { name: 'Hip Thrust', description: 'Die Schultern auf einer Bank, die Hüfte über die Fersen nach oben drücken, um das Gesäß zu wecken, das langes Sitzen abgeschaltet hat.' },
  'progressive-bodyweight-squat': {
    name: 'Fortschreitende Kniebeuge ohne Gewicht',
    description: 'Mit jeder Wiederholung etwas tiefer in die Hocke, die Wirbelsäule behält ihre Krümmung; Schluss, bevor das Becken abkippt.',
  },
  'raising-the-roof': { name: 'Dach anheben', description: 'Handflächen nach oben über Kopf strecken und bis zum ersten leichten Widerstand nach hinten beugen, kurz halten und zurück.' },
  'half-kneeling-hip-flexor-stretch': {
    name: 'Hüftbeuger-Dehnung im Halbkniestand',
    description:
      'Ein Knie am Boden, der andere Fuß vorn; das Becken aufrichten und die Hüfte nach vorn schieben, bis die Vorderseite der hinteren Hüfte dehnt. Jede Seite nacheinander.',
  },
  'posterior-pelvic-tilt': {
    name: 'Becken nach hinten kippen',
    description: 'In Rückenlage mit gebeugten Knien den unteren Rücken in den Boden drücken, indem das Becken nach hinten kippt, einen Atemzug halten und lösen.',
  },
  'side-lying-hip-abduction': {
    name: 'Abspreizen in Seitenlage',
    description: 'In Seitenlage mit gestreckten Beinen das obere Bein leicht hinter dem Körper anheben und langsam senken; das arbeitet an der Hüftaußenseite.',
  },
  'standing-side-bend-stretch': {
    name: 'Seitneigung im Stand',
    description: 'Aufrecht stehend einen Arm über den Kopf strecken und sanft zur anderen Seite neigen, bis die Flanke dehnt.',
  },
}
