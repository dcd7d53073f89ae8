import type { Issue } from '../data/validate.js';

/**
 * The one place problems reach the console, so it and the events' `issues` agree. Each line
 * names the element (a page may hold ten); a warning is written once per element (`warned`).
 */
export function reportIssues(element: Element & { src?: string }, issues: readonly Issue[], warned: Set<string>): void {
  const label = `<${element.localName}${element.id ? ` id="${element.id}"` : ''}${element.src ? ` src="${element.src}"` : ''}>`;
  const errors: string[] = [];
  for (const { path, message, severity } of issues) {
    const line = path ? `${path}: ${message}` : message;
    if (severity === 'error') errors.push(line);
    else if (!warned.has(line)) {
      warned.add(line);
      console.warn(label, line);
    }
  }
  if (errors.length) console.error(label, `could not show its data: ${errors.join('; ')}`);
}
