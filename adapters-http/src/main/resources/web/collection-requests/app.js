// The collection-requests admin page: signs in with the API's login, keeps the tokens in
// sessionStorage, lists the selected team's requests and resends notifications. No framework.
(function () {
  'use strict';

  var TOKEN = 'brewski.accessToken';
  var REFRESH = 'brewski.refreshToken';
  var TEAM = 'brewski.teamId';
  var PAGE_SIZE = 25;
  var state = { memberships: [], page: 1, pages: 0, teamId: null, status: '', district: '' };

  function $(id) { return document.getElementById(id); }

  function showError(text) {
    var box = $('error');
    box.textContent = text || '';
    box.hidden = !text;
  }

  function say(text) { $('notice').textContent = text || ''; }

  /** Calls the API; answers {status, body, headers}. A 401 signs the page out. */
  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    var token = sessionStorage.getItem(TOKEN);
    if (token) headers['Authorization'] = 'Bearer ' + token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          return { status: response.status, body: json, headers: response.headers };
        });
      });
  }

  /** A readable sentence for an error answer, by its contract code where it has one. */
  function errorText(result, action) {
    var body = result.body || {};
    switch (body.code) {
      case 'OFFTRADE_CONTACT_EMAIL_MISSING':
        return 'This team has no off-trade contact email. Set it in the team settings, then resend.';
      case 'OFFTRADE_RATE_LIMITED':
        var wait = result.headers.get('Retry-After');
        return 'Too many resends from this address. Try again in ' + (wait || 'a few') + ' seconds.';
      case 'OFFTRADE_REQUEST_NOT_FOUND':
        return 'That request is not routed to this team.';
    }
    if (result.status === 403) return 'You do not have permission to ' + action + '.';
    if (result.status === 502) return 'The email could not be sent. Try again later.';
    return (body.message ? body.message.charAt(0).toUpperCase() + body.message.slice(1) : 'Something went wrong')
      + ' (' + action + ', HTTP ' + result.status + ').';
  }

  function formatTime(iso) {
    if (!iso) return '—';
    return iso.replace('T', ' ').replace(/:\d\d\.\d{3}Z$/, ' UTC');
  }

  function signedOut() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(REFRESH);
    $('requests-section').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in-section').hidden = false;
    $('email').focus();
  }

  function handleUnauthorised(result) {
    if (result.status !== 401) return false;
    signedOut();
    showError('Your session has ended. Sign in again.');
    return true;
  }

  function signIn(event) {
    event.preventDefault();
    showError('');
    var email = $('email').value.trim();
    var password = $('password').value;
    if (!email || !password) { showError('Enter your email and password.'); return; }
    $('sign-in').disabled = true;
    api('POST', '/auth/login', { email: email, password: password }).then(function (result) {
      $('sign-in').disabled = false;
      if (result.status !== 200) {
        showError(result.status === 401 ? 'Wrong email or password.' : errorText(result, 'sign in'));
        return;
      }
      sessionStorage.setItem(TOKEN, result.body.accessToken);
      sessionStorage.setItem(REFRESH, result.body.refreshToken);
      $('password').value = '';
      start();
    });
  }

  function signOut() {
    var refresh = sessionStorage.getItem(REFRESH);
    api('POST', '/auth/logout', refresh ? { refreshToken: refresh } : {}).then(function () {
      sessionStorage.removeItem(TEAM);
      signedOut();
      say('Signed out.');
    });
  }

  function selectedMembership() {
    for (var i = 0; i < state.memberships.length; i++)
      if (state.memberships[i].teamId === state.teamId) return state.memberships[i];
    return null;
  }

  function canResend() {
    var m = selectedMembership();
    return !!m && (m.role === 'owner' || m.role === 'admin');
  }

  /** After sign-in: the memberships (the first is the default team), then the list. */
  function start() {
    api('GET', '/me').then(function (result) {
      if (handleUnauthorised(result)) return;
      if (result.status !== 200) { showError(errorText(result, 'load your teams')); return; }
      state.memberships = result.body.memberships || [];
      var select = $('team');
      select.textContent = '';
      state.memberships.forEach(function (m) {
        var option = document.createElement('option');
        option.value = m.teamId;
        option.textContent = m.teamName + ' (' + m.role + ')';
        select.appendChild(option);
      });
      $('sign-in-section').hidden = true;
      $('requests-section').hidden = false;
      $('sign-out').hidden = false;
      if (state.memberships.length === 0) {
        showError('You are not a member of any team.');
        render({ results: [], page: 1, pages: 0, total: 0 });
        return;
      }
      var remembered = sessionStorage.getItem(TEAM);
      var known = state.memberships.some(function (m) { return m.teamId === remembered; });
      state.teamId = known ? remembered : state.memberships[0].teamId;
      select.value = state.teamId;
      state.page = 1;
      load();
    });
  }

  function load() {
    showError('');
    say('');
    var query = '?teamId=' + encodeURIComponent(state.teamId) + '&page=' + state.page + '&pageSize=' + PAGE_SIZE
      + '&sort=createdAt&direction=desc';
    if (state.status) query += '&status=' + encodeURIComponent(state.status);
    if (state.district) query += '&district=' + encodeURIComponent(state.district);
    $('requests').setAttribute('aria-busy', 'true');
    api('GET', '/offtrade/collection-requests' + query).then(function (result) {
      $('requests').removeAttribute('aria-busy');
      if (handleUnauthorised(result)) return;
      if (result.status !== 200) { showError(errorText(result, 'list the requests')); return; }
      render(result.body);
    });
  }

  function cell(row, label, text, className) {
    var td = document.createElement('td');
    td.setAttribute('data-label', label);
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function setStatus(td, status) {
    td.textContent = status;
    td.className = 'status status-' + status;
  }

  function render(page) {
    var body = $('requests').tBodies[0];
    body.textContent = '';
    var resend = canResend();
    $('action-header').hidden = !resend;
    page.results.forEach(function (r) {
      var row = document.createElement('tr');
      row.setAttribute('data-id', String(r.id));
      cell(row, '#ID', '#' + r.id, 'id');
      cell(row, 'Business', r.businessName, 'business');
      cell(row, 'District', r.district, 'district');
      cell(row, 'Postcode', r.postcode, 'postcode');
      cell(row, 'Message', r.message, 'message');
      setStatus(cell(row, 'Status', '', ''), r.status);
      cell(row, 'Last sent', formatTime(r.notifiedAt), 'notified-at');
      cell(row, 'Notified teams', (r.notifiedTeams || []).join(', ') || '—', 'notified-teams');
      if (resend) {
        var td = cell(row, 'Action', '', 'action');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'resend';
        button.textContent = 'Resend';
        button.setAttribute('aria-label', 'Resend request #' + r.id + ' from ' + r.businessName);
        button.addEventListener('click', function () { retry(r, row, button); });
        td.appendChild(button);
      }
      body.appendChild(row);
    });
    state.page = page.page;
    state.pages = page.pages;
    $('empty').hidden = page.results.length > 0;
    $('page-info').textContent = page.pages === 0 ? 'No requests'
      : 'Page ' + page.page + ' of ' + page.pages + ' (' + page.total + ' requests)';
    $('previous').disabled = page.page <= 1;
    $('next').disabled = page.page >= page.pages;
  }

  function retry(request, row, button) {
    showError('');
    button.disabled = true;
    api('POST', '/offtrade/collection-requests/' + request.id + '/retry', { teamId: state.teamId }).then(function (result) {
      button.disabled = false;
      if (handleUnauthorised(result)) return;
      if (result.status !== 200) { showError(errorText(result, 'resend #' + request.id)); return; }
      setStatus(row.querySelector('td.status'), 'notified');
      row.querySelector('td.notified-at').textContent = formatTime(result.body.notifiedAt);
      var names = (request.notifiedTeams || []).slice();
      var team = selectedMembership();
      if (team && names.indexOf(team.teamName) < 0) names.push(team.teamName);
      names.sort();
      request.notifiedTeams = names;
      row.querySelector('td.notified-teams').textContent = names.join(', ');
      say('Request #' + request.id + ' was sent again.');
    });
  }

  function applyFilters(event) {
    event.preventDefault();
    state.teamId = $('team').value;
    sessionStorage.setItem(TEAM, state.teamId);
    state.status = $('status').value;
    state.district = $('district').value.trim().toUpperCase();
    state.page = 1;
    load();
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('sign-in-form').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', signOut);
    $('filters').addEventListener('submit', applyFilters);
    $('team').addEventListener('change', function () {
      state.teamId = $('team').value;
      sessionStorage.setItem(TEAM, state.teamId);
      state.page = 1;
      load();
    });
    $('previous').addEventListener('click', function () { if (state.page > 1) { state.page--; load(); } });
    $('next').addEventListener('click', function () { if (state.page < state.pages) { state.page++; load(); } });
    if (sessionStorage.getItem(TOKEN)) start(); else signedOut();
  });
})();
