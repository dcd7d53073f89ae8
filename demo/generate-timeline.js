// Generates a timeline of 10,000 events with a fixed seed, so every run and
// the benchmark see the same data.
export function generateTimeline(count, seed = 1) {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const words = ['заседание', 'summit', 'звонок', 'statement', 'арест', 'visit', 'договор', 'sanctions', 'удар', 'talks'];
  const start = Date.UTC(1990, 0, 1);
  const events = Array.from({ length: count }, (_, index) => {
    const day = new Date(start + index * 86_400_000 * 1.3).toISOString().slice(0, 10);
    const precision = random();
    const date = precision < 0.1 ? day.slice(0, 4) : precision < 0.3 ? day.slice(0, 7) : day;
    const word = words[Math.floor(random() * words.length)];
    return {
      id: `e${index}`,
      date: random() < 0.03 ? `${date}~` : date,
      title: `${index + 1}. ${word} ${word.length > 6 ? 'in Vienna' : 'в Баку'}`,
      text: random() < 0.5 ? `Описание события ${index + 1}: ${words.slice(0, 1 + (index % 5)).join(', ')}.` : undefined,
      category: ['incident', 'diplomacy', 'statement'][index % 3],
    };
  });
  return {
    type: 'timeline',
    id: 'generated',
    lang: 'ru',
    title: `${count.toLocaleString('en')} событий`,
    categories: {
      incident: { label: 'Инцидент', color: '#c0392b' },
      diplomacy: { label: 'Дипломатия', color: '#2f5d8a' },
      statement: { label: 'Заявление', color: '#8a6d1d' },
    },
    events,
  };
}
