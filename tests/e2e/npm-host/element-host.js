// Plain HTML and a few lines of script: properties in, DOM events out.
const widget = document.querySelector('connect-widget');
window.__domEvents = [];
for (const type of ['connect/loaded', 'connect/stepChange', 'connect/institutionSearch', 'connect/selectedInstitution']) {
  widget.addEventListener(type, (event) => window.__domEvents.push(event.detail));
}
const banks = [{ guid: 'INS-1', code: 'first_bank', name: 'First Bank' }];
widget.callbacks = {
  loadPopularInstitutions: async () => banks,
  loadInstitutions: async () => banks,
  getInstitutionCredentials: async () => ({ credentials: [{ guid: 'CRD-U', field_type: 3, label: 'Username', display_order: 1 }] }),
};
