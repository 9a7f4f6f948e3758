// plotly.js ships no types for its dist bundles; the chart wrapper narrows what it uses.
declare module 'plotly.js-strict-dist-min';
