/*
 * Provider Credentials for SonarQube: the "Provider credentials" pages (docs/adr/027).
 * One script for both pages; the build copies it to static/accounts.js (global page) and static/project.js (project
 * page). No library, no network but the server's own api/credentials/accounts, read as the viewer. Every text is set
 * with textContent: project names and paths never become markup. Identifiers arrive masked; nothing here unmasks them.
 */
(function () {
  'use strict';

  var MAX_PICTURE_ACCOUNTS = 25;
  var MAX_PICTURE_PROJECTS = 40;
  var SVG = 'http://www.w3.org/2000/svg';

  var STYLE = [
    '.pc-root{padding:20px 24px;max-width:1280px;margin:0 auto;font-size:14px;line-height:20px;color:#2a2f40}',
    '.pc-root h1{font-size:20px;font-weight:600;margin:0 0 8px}',
    '.pc-root h2{font-size:16px;font-weight:600;margin:24px 0 8px}',
    '.pc-root p{margin:0 0 8px}',
    '.pc-root a{color:#236a97;text-decoration:none;border-bottom:1px solid #cae3f2}',
    '.pc-root a:hover{color:#0c3c5a;border-bottom-color:#236a97}',
    '.pc-muted{color:#69768c}',
    '.pc-warning{background:#fff3cd;border:1px solid #ffe08a;padding:8px 12px;border-radius:4px;margin:8px 0}',
    '.pc-card{background:#fff;border:1px solid #e1e6f3;border-radius:4px;padding:16px;margin:0 0 16px}',
    '.pc-table{width:100%;border-collapse:collapse}',
    '.pc-table th{text-align:left;font-weight:600;color:#69768c;font-size:12px;text-transform:uppercase;padding:6px 8px;border-bottom:1px solid #e1e6f3}',
    '.pc-table td{padding:8px;border-bottom:1px solid #f0f2f7;vertical-align:top}',
    '.pc-provider td{background:#f7f9fc;font-weight:600}',
    '.pc-id{font-family:ui-monospace,Menlo,Consolas,monospace}',
    '.pc-files{margin:2px 0 0;padding:0;list-style:none;font-size:12px;color:#69768c}',
    '.pc-badge{display:inline-block;min-width:20px;padding:0 6px;border-radius:10px;background:#e1e6f3;text-align:center;font-size:12px}',
    '.pc-badge.pc-risk{background:#fdd9d7;color:#8a1d13}',
    '.pc-picture{overflow-x:auto}',
    '.pc-picture svg text{font-size:12px;fill:#2a2f40}',
    '.pc-picture svg a text{fill:#236a97}',
    '.pc-picture svg a:hover text{text-decoration:underline}'
  ].join('\n');

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function svg(tag, attributes, children) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function plural(count, one, many) {
    return count + ' ' + (count === 1 ? one : many);
  }

  function query(params) {
    return Object.keys(params).filter(function (key) { return params[key] !== undefined && params[key] !== ''; })
      .map(function (key) { return encodeURIComponent(key) + '=' + encodeURIComponent(params[key]); }).join('&');
  }

  /** The viewer's own issue search: the open issues of the plugin's rules in these files of a project. */
  function projectIssues(base, key, files, rules) {
    return base + '/project/issues?' + query({ id: key, files: (files || []).join(','), rules: (rules || []).join(','),
      resolved: 'false' });
  }

  function accountIssues(base, account) {
    var projects = [], files = [], rules = [];
    account.projects.forEach(function (p) {
      projects.push(p.key);
      p.files.forEach(function (f) { if (files.indexOf(f) < 0) { files.push(f); } });
      p.rules.forEach(function (r) { if (rules.indexOf(r) < 0) { rules.push(r); } });
    });
    return base + '/issues?' + query({ projects: projects.join(','), files: files.join(','), rules: rules.join(','),
      resolved: 'false' });
  }

  function accountTitle(account) {
    return account.providerName + ' ' + account.label + ' ' + account.masked;
  }

  function link(href, text, attributes) {
    var a = el('a', attributes || {}, [text]);
    a.setAttribute('href', href);
    return a;
  }

  function summary(answer, component) {
    var accounts = answer.accounts;
    var shared = accounts.filter(function (a) { return a.projects.length > 1; }).length;
    var nodes = [];
    if (accounts.length === 0) {
      nodes.push(el('p', { 'data-test': 'empty' }, [component
        ? 'No provider account is hard-coded in this project.'
        : 'No provider account is hard-coded in the projects you may browse.']));
    } else {
      nodes.push(el('p', { 'data-test': 'summary' }, [plural(accounts.length, 'provider account is', 'provider accounts are')
        + ' hard-coded in ' + plural(answer.projects.length, 'project', 'projects') + '; '
        + plural(shared, 'account is', 'accounts are') + ' hard-coded in more than one project, so that one leak exposes them all.']));
    }
    if (answer.projectsUnread > 0) {
      nodes.push(el('div', { 'class': 'pc-warning', 'data-test': 'unread' }, [answer.projectsUnread
        + ' analysed projects could not be listed by the server\'s search and are missing here.']));
    }
    if (answer.issuesCapped) {
      nodes.push(el('div', { 'class': 'pc-warning' }, ['Some projects have more open issues than one search returns: their counts are lower bounds.']));
    }
    return nodes;
  }

  /** Accounts on the left, projects on the right, a line for each project that holds an account: its blast radius. */
  function picture(answer, base) {
    var accounts = answer.accounts.slice(0, MAX_PICTURE_ACCOUNTS);
    var projects = [];
    accounts.forEach(function (a) {
      a.projects.forEach(function (p) {
        if (projects.length < MAX_PICTURE_PROJECTS && projects.indexOf(p.key) < 0) { projects.push(p.key); }
      });
    });
    var names = {};
    answer.projects.forEach(function (p) { names[p.key] = p; });
    var row = 30, top = 20, left = 330, right = 620, width = 960;
    var height = top * 2 + row * Math.max(accounts.length, projects.length);
    var root = svg('svg', { width: String(width), height: String(height), role: 'img',
      'aria-label': 'Provider accounts and the projects that hard-code them' });
    var edges = svg('g', { stroke: '#b4c1d9', 'stroke-width': '1.5', fill: 'none' });
    root.appendChild(edges);
    var y = function (index) { return top + row * index + row / 2; };
    accounts.forEach(function (account, i) {
      account.projects.forEach(function (p) {
        var j = projects.indexOf(p.key);
        if (j >= 0) {
          var a = svg('a', { href: projectIssues(base, p.key, p.files, p.rules), 'data-test': 'edge' }, [
            svg('title', {}, [accountTitle(account) + ' in ' + p.name + ': ' + plural(p.openIssues, 'open issue', 'open issues')]),
            svg('path', { d: 'M' + (left + 8) + ',' + y(i) + ' C' + ((left + right) / 2) + ',' + y(i) + ' ' + ((left + right) / 2) + ','
              + y(j) + ' ' + (right - 8) + ',' + y(j), stroke: account.projects.length > 1 ? '#d02f3a' : '#b4c1d9' })]);
          edges.appendChild(a);
        }
      });
      var radius = 4 + Math.min(10, 2 * account.projects.length);
      root.appendChild(svg('a', { href: accountIssues(base, account), 'data-test': 'account-node' }, [
        svg('circle', { cx: String(left), cy: String(y(i)), r: String(radius), fill: account.projects.length > 1 ? '#d02f3a' : '#8a9bb8' }),
        svg('text', { x: String(left - radius - 6), y: String(y(i) + 4), 'text-anchor': 'end' },
          [accountTitle(account) + ' · ' + plural(account.projects.length, 'project', 'projects')])]));
    });
    projects.forEach(function (key, j) {
      var project = names[key] || { key: key, name: key, rules: [] };
      root.appendChild(svg('a', { href: projectIssues(base, key, [], project.rules), 'data-test': 'project-node' }, [
        svg('rect', { x: String(right - 6), y: String(y(j) - 6), width: '12', height: '12', rx: '2', fill: '#236a97' }),
        svg('text', { x: String(right + 12), y: String(y(j) + 4) }, [project.name + ' · ' + plural(project.openIssues || 0, 'open issue', 'open issues')])]));
    });
    var nodes = [el('h2', {}, ['Blast radius'])];
    var caption = 'Each line joins an account to a project that hard-codes it; red accounts are held by more than one project.';
    if (answer.accounts.length > accounts.length || projects.length >= MAX_PICTURE_PROJECTS) {
      caption += ' The ' + accounts.length + ' accounts that expose the most projects are drawn; the table lists every one.';
    }
    nodes.push(el('p', { 'class': 'pc-muted' }, [caption]));
    nodes.push(el('div', { 'class': 'pc-card pc-picture', 'data-test': 'picture' }, [root]));
    return nodes;
  }

  function table(answer, base, component) {
    var body = el('tbody');
    var provider = null;
    // by provider, the providers in the order of their widest account (the answer's order)
    var providers = [];
    answer.accounts.forEach(function (a) { if (providers.indexOf(a.providerName) < 0) { providers.push(a.providerName); } });
    var grouped = answer.accounts.slice().sort(function (a, b) {
      return providers.indexOf(a.providerName) - providers.indexOf(b.providerName);
    });
    grouped.forEach(function (account) {
      if (account.providerName !== provider) {
        provider = account.providerName;
        body.appendChild(el('tr', { 'class': 'pc-provider' }, [el('td', { colspan: '4' }, [provider])]));
      }
      account.projects.forEach(function (p, index) {
        var cells = [];
        if (index === 0) {
          var radius = el('span', { 'class': 'pc-badge' + (account.projects.length > 1 ? ' pc-risk' : '') },
            [String(account.projects.length)]);
          cells.push(el('td', { rowspan: String(account.projects.length) }, [
            el('div', {}, [account.label]),
            link(accountIssues(base, account), account.masked, { 'class': 'pc-id', 'data-test': 'account' })]));
          cells.push(el('td', { rowspan: String(account.projects.length) }, [radius]));
        }
        var files = el('ul', { 'class': 'pc-files' }, p.files.map(function (f) { return el('li', {}, [f]); }));
        var here = component && p.key === component.key;
        cells.push(el('td', {}, [
          link(projectIssues(base, p.key, [], (names(answer)[p.key] || {}).rules), p.name, { 'data-test': 'project' }),
          here ? el('span', { 'class': 'pc-muted' }, [' (this project)']) : '', files]));
        cells.push(el('td', {}, [link(projectIssues(base, p.key, p.files, p.rules), plural(p.openIssues, 'open issue', 'open issues'),
          { 'data-test': 'issues' })]));
        body.appendChild(el('tr', { 'data-test': 'row' }, cells));
      });
    });
    return [el('h2', {}, ['Accounts by provider']),
      el('div', { 'class': 'pc-card' }, [el('table', { 'class': 'pc-table', 'data-test': 'accounts' }, [
        el('thead', {}, [el('tr', {}, [el('th', {}, ['Account']), el('th', {}, ['Projects']), el('th', {}, ['Hard-coded in']),
          el('th', {}, ['Open issues'])])]), body])])];
  }

  function names(answer) {
    if (!answer.byKey) {
      answer.byKey = {};
      answer.projects.forEach(function (p) { answer.byKey[p.key] = p; });
    }
    return answer.byKey;
  }

  /** Empties the page but for its style sheet. */
  function clear(root) {
    root.textContent = '';
    root.appendChild(el('style', {}, [STYLE]));
  }

  function render(root, answer, base, component) {
    clear(root);
    var title = el('h1', {}, ['Provider credentials']);
    var intro = el('p', { 'class': 'pc-muted' }, [component
      ? 'The provider accounts hard-coded in this project, and every other project you may browse that hard-codes them too.'
      : 'Every provider account hard-coded in the projects you may browse: which apps hold it, and what one leak would expose.'
        + ' Identifiers are masked.']);
    [title, intro].concat(summary(answer, component)).forEach(function (n) { root.appendChild(n); });
    if (answer.accounts.length > 0) {
      picture(answer, base).concat(table(answer, base, component)).forEach(function (n) { root.appendChild(n); });
    }
    root.setAttribute('data-state', 'ready');
  }

  function start(options) {
    var base = (options && options.baseUrl) || window.baseUrl || '';
    var component = options && options.component ? options.component : null;
    var root = el('div', { 'class': 'pc-root', 'data-test': 'provider-credentials', 'data-state': 'loading' },
      [el('style', {}, [STYLE]), el('p', { 'class': 'pc-muted' }, ['Loading…'])]);
    options.el.appendChild(root);
    var cancelled = false;
    var url = base + '/api/credentials/accounts' + (component ? '?' + query({ project: component.key }) : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (answer) {
        if (!cancelled) {
          render(root, answer, base, component);
        }
      })
      .catch(function (error) {
        if (!cancelled) {
          clear(root);
          root.appendChild(el('div', { 'class': 'pc-warning', 'data-test': 'error' },
            ['The provider accounts could not be read (' + error.message + ').']));
          root.setAttribute('data-state', 'error');
        }
      });
    return function () {
      cancelled = true;
      if (root.parentNode) { root.parentNode.removeChild(root); }
    };
  }

  window.registerExtension('credentials/accounts', start);
  window.registerExtension('credentials/project', start);
}());
