/** form-js's stylesheets, built as their own bundles (angular.json, inject: false) and linked once, when a form is first shown. */
export function loadFormJsStyles(editor = false): void {
  for (const name of editor ? ['form-js', 'form-js-editor'] : ['form-js']) {
    if (document.querySelector(`link[data-form-js="${name}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${name}.css`;
    link.dataset['formJs'] = name;
    document.head.appendChild(link);
  }
}
