// Fault injection for the npm host page: `?fault=<callback>:<kind>` makes the first call of that
// callback fail in one way (later calls behave). Kinds: error (rejects with an Error), axios503
// (axios-style 503 with a message), status404 ({status, message}), text (rejects with a string),
// malformed (resolves with an answer of the wrong shape), hang (never settles), slow (answers
// after 3 s), late (settles only when the test calls window.__release(), e.g. after destroy()).
const FAULTS = {
  error: () => Promise.reject(new Error('boom')),
  axios503: () => Promise.reject({ response: { status: 503, data: { message: 'Service down for maintenance' } } }),
  status404: () => Promise.reject({ status: 404, message: 'Not here' }),
  text: () => Promise.reject('plain text failure'),
  malformed: () => Promise.resolve({ unexpected: ['shape'] }),
  hang: () => new Promise(() => {}),
};

/** `callbacks` with the fault `spec` ("callback:kind") applied to the first call of its callback. */
export function withFault(callbacks, spec) {
  if (!spec) return callbacks;
  const [name, kind] = spec.split(':');
  const real = callbacks[name];
  let first = true;
  window.__faulted = false;
  return {
    ...callbacks,
    [name](...args) {
      if (!first) return real.apply(this, args);
      first = false;
      window.__faulted = true;
      if (kind === 'slow') return new Promise((resolve) => setTimeout(resolve, 3000)).then(() => real.apply(this, args));
      if (kind === 'late') return new Promise((resolve) => { window.__release = resolve; }).then(() => real.apply(this, args));
      return FAULTS[kind]();
    },
  };
}
