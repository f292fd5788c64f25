/** The element a toaster renders into: adds no box, so it changes no layout wherever it goes. */
export function createHostElement(doc: Document): HTMLElement {
  const element = doc.createElement('div');
  element.setAttribute('data-ee-toaster-host', '');
  element.style.display = 'contents';
  return element;
}
