/*
 * A one-stop site drawn in the browser, as VNPT iGate's Angular app is: the page is an empty <app-root> and
 * everything else comes from the JSON API. Every step waits a short timer (50-150 ms) before it fetches or
 * draws, so the network goes quiet more than once before a route is complete.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var root = document.querySelector('app-root');
  var config = null;
  var generation = 0;
  var step = 0;

  // A fixed sequence of delays between 50 and 150 ms: the same on every run.
  function pause() {
    step = (step * 37 + 61) % 101;
    var ms = 50 + step;
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status + ' ' + url);
      }
      return response.json();
    });
  }

  // h('a', {href: '#/'}, 'text', child, [children]) builds an element; text is never parsed as HTML.
  function h(tag, attrs) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (typeof attrs[name] === 'function') {
        el.addEventListener(name.replace(/^on/, ''), attrs[name]);
      } else if (attrs[name] !== null && attrs[name] !== undefined) {
        el.setAttribute(name, attrs[name]);
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      [].concat(arguments[i]).forEach(function (child) {
        if (child !== null && child !== undefined) {
          el.append(child);
        }
      });
    }
    return el;
  }

  function layout() {
    var digits = config.hotline.replace(/\D/g, '');
    root.replaceChildren(
      h('header', { class: 'header' },
        h('div', { class: 'brand' }, config.name),
        h('div', { class: 'hotline' }, 'Đường dây nóng: ', h('a', { href: 'tel:' + digits }, config.hotline))),
      h('nav', { class: 'menu' },
        h('a', { href: '#/' }, 'Trang chủ'),
        h('a', { href: '#/thu-tuc' }, 'Thủ tục hành chính'),
        h('a', { href: '#/tra-cuu' }, 'Tra cứu hồ sơ'),
        h('a', { href: '/gioi-thieu', 'data-path-route': '', onclick: followPath }, 'Giới thiệu')),
      h('main', { id: 'noi-dung' }),
      h('footer', { class: 'footer' }, 'Bản quyền thuộc Ủy ban nhân dân tỉnh Quảng Ngãi'));
  }

  function content() {
    return document.getElementById('noi-dung');
  }

  function followPath(event) {
    event.preventDefault();
    history.pushState({}, '', event.currentTarget.getAttribute('href'));
    route();
  }

  function show(mine, nodes) {
    if (mine === generation) {
      content().replaceChildren.apply(content(), [].concat(nodes));
    }
  }

  function home(mine) {
    fetch('/private/track?route=home').catch(function () {});
    return pause().then(function () {
      show(mine, [
        h('h1', {}, 'Cổng dịch vụ công tỉnh Quảng Ngãi'),
        h('p', {}, 'Nộp hồ sơ, theo dõi kết quả giải quyết thủ tục hành chính trực tuyến.')]);
    });
  }

  function procedureRow(procedure) {
    return h('tr', { 'data-id': procedure.id },
      h('td', {}, procedure.code),
      h('td', {}, h('a', { href: '#/thu-tuc/' + procedure.id }, procedure.name)),
      h('td', { class: 'muc-do' }, procedure.level.name));
  }

  function list(mine) {
    var body = h('tbody');
    var status = h('p', { class: 'trang' }, 'Đang tải dữ liệu...');
    var next = h('button', { type: 'button', class: 'trang-sau', disabled: '',
      onclick: function () { load(page + 1); } }, 'Trang sau');
    var page = 0;
    function load(number) {
      next.setAttribute('disabled', '');
      return pause()
        .then(function () { return getJson('/api/procedures?page=' + number + '&size=' + PAGE_SIZE); })
        .then(function (data) { return pause().then(function () { return data; }); })
        .then(function (data) {
          if (mine !== generation) {
            return;
          }
          page = data.number;
          body.replaceChildren.apply(body, data.content.map(procedureRow));
          status.textContent = 'Tổng số ' + data.totalElements + ' thủ tục, trang ' + (data.number + 1) + '/'
            + Math.max(1, data.totalPages);
          if (data.number + 1 < data.totalPages) {
            next.removeAttribute('disabled');
          }
        });
    }
    show(mine, [
      h('h2', {}, 'Thủ tục hành chính'),
      h('table', { class: 'table thu-tuc' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Mã thủ tục'), h('th', {}, 'Tên thủ tục'), h('th', {}, 'Mức độ'))),
        body),
      status, next]);
    return load(0);
  }

  function field(label, value) {
    return h('tr', {}, h('th', { class: 'key' }, label), h('td', { class: 'value' }, value));
  }

  function detail(mine, id) {
    return pause()
      .then(function () { return getJson('/api/procedures/' + encodeURIComponent(id)); })
      .then(function (p) {
        return pause().then(function () {
          var rows = [
            field('Mã thủ tục', p.code),
            field('Mức độ', p.level.name),
            field('Thời hạn giải quyết', p.processingTime),
            field('Thành phần hồ sơ', h('ul', {}, p.dossier.map(function (d) { return h('li', {}, d); })))];
          if (p.fee !== undefined && p.fee !== null) {
            rows.push(field('Phí, lệ phí', p.fee));
          }
          if (p.forms.length > 0) {
            rows.push(field('Mẫu đơn, tờ khai', p.forms.map(function (f) {
              return h('a', { href: f.file.path, download: '' }, f.name);
            })));
          }
          show(mine, [h('h2', {}, p.name), h('table', { class: 'chi-tiet' }, h('tbody', {}, rows))]);
        });
      }, function () {
        show(mine, h('p', { class: 'loi' }, 'Không tìm thấy thủ tục'));
      });
  }

  function lookup(mine) {
    var input = h('input', { id: 'ma-ho-so', name: 'maHoSo', type: 'text' });
    var result = h('p', { class: 'ket-qua' });
    var form = h('form', { class: 'tra-cuu', onsubmit: function (event) {
      event.preventDefault();
      getJson('/api/dossiers/' + encodeURIComponent(input.value)).then(function (d) {
        result.textContent = d.status;
      }, function () {
        result.textContent = 'Không tìm thấy hồ sơ có mã ' + input.value;
      });
    } },
      h('label', { for: 'ma-ho-so' }, 'Mã hồ sơ'), input, h('button', { type: 'submit' }, 'Tra cứu'));
    return pause().then(function () { show(mine, [h('h2', {}, 'Tra cứu hồ sơ'), form, result]); });
  }

  function about(mine) {
    return pause().then(function () {
      show(mine, [h('h2', {}, 'Giới thiệu'),
        h('p', {}, 'Cổng dịch vụ công tỉnh Quảng Ngãi cung cấp thông tin thủ tục hành chính và dịch vụ công '
          + 'trực tuyến cho người dân, doanh nghiệp.')]);
    });
  }

  // A hash route wins over the path, so "#/thu-tuc" works from any path; without one, the path decides.
  function route() {
    var mine = ++generation;
    var hash = location.hash.replace(/^#/, '') || '/';
    var match = /^\/thu-tuc\/([^/]+)$/.exec(hash);
    content().replaceChildren(h('p', { class: 'dang-tai' }, 'Đang tải...'));
    if (!location.hash && location.pathname === '/gioi-thieu') {
      return about(mine);
    }
    if (hash === '/thu-tuc') {
      return list(mine);
    }
    if (match) {
      return detail(mine, decodeURIComponent(match[1]));
    }
    if (hash === '/tra-cuu') {
      return lookup(mine);
    }
    return home(mine);
  }

  pause()
    .then(function () { return getJson('/api/config'); })
    .then(function (data) {
      config = data;
      // A third-party beacon, as portals load analytics: a scoped reader must not let it out.
      fetch(config.beacon, { mode: 'no-cors' }).catch(function () {});
      return pause();
    })
    .then(function () {
      layout();
      root.setAttribute('ng-version', '17.3.12');
      window.addEventListener('hashchange', route);
      window.addEventListener('popstate', route);
      return route();
    });
}());
