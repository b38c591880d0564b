import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Vt: () => (/* binding */ getBooleanInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z: () => (/* reexport safe */ _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_4__.z),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports ExitCode, exportVariable, addPath, getMultilineInput, setCommandEcho, notice, startGroup, endGroup, group, saveState, getState, getIDToken */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9635);
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2902);
/* harmony import */ var _node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4679);
/* harmony import */ var _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1170);
/* harmony import */ var _node_modules_actions_core_lib_path_utils_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1631);
/**
 * `@actions/core` without its two eager imports that no action here uses: the OIDC client (`getIDToken`, which pulls
 * in @actions/http-client and with it undici, half of every bundle) and `platform` (@actions/exec). Loading and
 * compiling those made a bundle's start-up cost more than twice a bare `node` start.
 *
 * Every `import … from '@actions/core'` in this project resolves to this file (tsconfig.json `paths` for tsc, ncc and
 * tsx; jest.config.js `moduleNameMapper` for the tests), so the actions keep the usual API. The functions are
 * @actions/core's own (lib/core.js at the version package.json pins, MIT), on top of its command, file-command,
 * summary and path modules, imported from the package's files directly: the package's `exports` only offers its
 * entry point, which is the module that imports the OIDC client. `getIDToken` loads that client when it is called.
 */







var ExitCode;
(function (ExitCode) {
    ExitCode[ExitCode["Success"] = 0] = "Success";
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    if (process.env['GITHUB_ENV'])
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    issueCommand('set-env', { name }, convertedVal);
}
function setSecret(secret) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueCommand */ .L)('add-mask', {}, secret);
}
function addPath(inputPath) {
    if (process.env['GITHUB_PATH'])
        issueFileCommand('PATH', inputPath);
    else
        issueCommand('add-path', {}, inputPath);
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val)
        throw new Error(`Input required and not supplied: ${name}`);
    if (options && options.trimWhitespace === false)
        return val;
    return val.trim();
}
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter((x) => x !== '');
    if (options && options.trimWhitespace === false)
        return inputs;
    return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
    const val = getInput(name, options);
    if (['true', 'True', 'TRUE'].includes(val))
        return true;
    if (['false', 'False', 'FALSE'].includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT'])
        return (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_3__/* .issueFileCommand */ .n)('OUTPUT', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareKeyValueMessage */ .v)(name, value));
    process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueCommand */ .L)('set-output', { name }, (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_6__/* .toCommandValue */ .E)(value));
}
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function debug(message) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueCommand */ .L)('debug', {}, message);
}
function error(message, properties = {}) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueCommand */ .L)('error', (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_6__/* .toCommandProperties */ .k)(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
    (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueCommand */ .L)('warning', (0,_node_modules_actions_core_lib_utils_js__WEBPACK_IMPORTED_MODULE_6__/* .toCommandProperties */ .k)(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function startGroup(name) {
    issue('group', name);
}
function endGroup() {
    issue('endgroup');
}
async function group(name, fn) {
    startGroup(name);
    try {
        return await fn();
    }
    finally {
        endGroup();
    }
}
function saveState(name, value) {
    if (process.env['GITHUB_STATE'])
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    issueCommand('save-state', { name }, toCommandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** Loads the OIDC client (and undici with it) only here, where it is needed. */
async function getIDToken(aud) {
    const { OidcClient } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(512), __nccwpck_require__.e(976)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9976));
    return OidcClient.getIDToken(aud);
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* reexport safe */ _errors_index_js__WEBPACK_IMPORTED_MODULE_0__.T),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yo: () => (/* reexport safe */ _errors_index_js__WEBPACK_IMPORTED_MODULE_0__.y)
/* harmony export */ });
/* harmony import */ var _errors_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3359);

// Actions' own code (src/<action>) may take the ground-floor error helpers from the edge; core modules import core/errors.

/** A bad input value: the message names the input, the value and what was expected. */
class InputError extends _errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input '${input}' has invalid value '${(0,_errors_index_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(value)}': expected ${expected}.`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}


/***/ }),

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * A mistake the user can fix (bad input, missing directory, missing permission). The run wrapper reports its
 * message as one line via core.setFailed, without a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** Shortens and flattens a value so an error stays on one readable line. */
function oneLine(value, max = 120) {
    const flat = value.replace(/\s*\r?\n\s*/g, ' ⏎ ');
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OR: () => (/* binding */ readIfExists),
/* harmony export */   Sn: () => (/* binding */ parsedOrText),
/* harmony export */   Vu: () => (/* binding */ readIfExistsSync),
/* harmony export */   i_: () => (/* binding */ normaliseUnitPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** `./a\\b/` → `a/b`, absolute paths relative to `root` when given; `` → `.`. */
function normaliseUnitPath(path, root) {
    let p = path.trim().replace(/\\/g, '/');
    if (root && ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(p) || p.startsWith('/'))) {
        p = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.relative(root.replace(/\\/g, '/').replace(/\/+$/, '') || '/', p);
    }
    p = node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p || '.');
    p = p.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    return p === '' ? '.' : p;
}
/** The file's text, or undefined when it cannot be read (missing, a directory, no permission). */
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * readIfExists without a round trip through the event loop per file: for reading every unit's files one after the
 * other once a run is over, when nothing else is waiting.
 */
function readIfExistsSync(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * The JSON object in `text`, or the text itself when it holds no JSON object (whoever reads it reports the problem
 * as for the text): either way as truthy as the text.
 */
function parsedOrText(text) {
    try {
        const value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
        return typeof value === 'object' && value !== null ? value : text;
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 5585:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3092);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3092:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/action/actions-core.ts
var actions_core = __nccwpck_require__(4765);
// EXTERNAL MODULE: ./src/core/errors/user-error.ts
var user_error = __nccwpck_require__(3359);
;// CONCATENATED MODULE: ./src/core/action/run.ts


function isHttpFailure(e) {
    return typeof e === 'object' && e !== null && typeof e.status === 'number' && 'request' in e;
}
const PERMISSION_HINT = {
    401: 'the token was rejected: check the github-token input',
    403: "the token lacks a permission: check the workflow's `permissions:` block",
    404: 'not found, or the token cannot see it: check the repository and the token',
    422: 'GitHub refused the request as invalid'
};
/** Turns an error into the one line a user sees. */
function describeFailure(error) {
    if (error instanceof user_error/* UserError */.y)
        return { message: error.message, isBug: false };
    if (isHttpFailure(error) && PERMISSION_HINT[error.status]) {
        const { method = 'GET', url = '' } = error.request ?? {};
        const path = stripQuery(url);
        return {
            message: `GitHub API ${method} ${path} answered ${error.status} (${PERMISSION_HINT[error.status]}): ${(0,user_error/* oneLine */.T)(error.message, 200)}`,
            isBug: false
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { message: `Unexpected error: ${(0,user_error/* oneLine */.T)(message, 300)}`, isBug: true };
}
/** Drops scheme, host and query so credentials in URLs never reach the log. */
function stripQuery(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? '';
    }
}
/**
 * The one entry point of every action: runs `main`, reports a user mistake as one failed line, and keeps the
 * stack of anything unexpected in debug output only.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        const { message, isBug } = describeFailure(error);
        if (isBug && error instanceof Error && error.stack)
            actions_core/* debug */.Yz(error.stack);
        actions_core/* setFailed */.C1(message);
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __nccwpck_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __nccwpck_require__(3779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __nccwpck_require__(9210);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var request_error_dist_src = __nccwpck_require__(1015);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new request_error_dist_src/* RequestError */.G(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/core/github/http-fetch.ts
/**
 * The part of `fetch` Octokit uses, over node:http and node:https. Node's own fetch compiles its undici and the
 * llhttp WebAssembly parser on the first request, which costs about half a bare `node` start before an action's
 * first API call; node:http is part of Node's start-up snapshot. Octokit sends a string body (or none), reads status,
 * url, headers and the body as text or bytes, and may pass an AbortSignal.
 *
 * As fetch does: redirects are followed (up to 20; a 303, or a 301/302 after a POST, becomes a GET without body;
 * the Authorization header is not sent to another origin), gzip/deflate/br bodies are decoded, network errors reject
 * with a TypeError whose `cause` is the error, an abort rejects with an AbortError. Connections are kept alive by
 * Node's global agents.
 */



const MAX_REDIRECTS = 20;
/** Lower-case names; repeated headers joined with `, ` as fetch's Headers does. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value !== undefined)
                this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return [...this.map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
function abortError(signal) {
    const reason = signal.reason;
    if (reason instanceof Error && reason.name === 'AbortError')
        return reason;
    const error = new Error('This operation was aborted', { cause: reason });
    error.name = 'AbortError';
    return error;
}
function networkError(cause) {
    return new TypeError('fetch failed', { cause });
}
const writtenListeners = new Set();
/**
 * Resolves once the next request has been written to its connection (or has failed): for a caller that wants a
 * request on the wire before it does a long piece of synchronous work, such as loading the rest of a bundle.
 */
function http_fetch_requestWritten() {
    return new Promise((resolve) => {
        const done = () => {
            writtenListeners.delete(done);
            resolve();
        };
        writtenListeners.add(done);
    });
}
/** Tells requestWritten's waiters that a request is on its way (http-fetch calls it itself; a fetch it does not
 * send, e.g. through a proxy, calls it when it hands the request over). */
function notifyWritten() {
    for (const listener of [...writtenListeners])
        listener();
}
/** One request, no redirects: the response head and its (decoded) body, read in full. */
function send(url, init, headers) {
    return new Promise((resolve, reject) => {
        const signal = init.signal ?? undefined;
        if (signal?.aborted)
            return reject(abortError(signal));
        const request = url.protocol === 'https:' ? external_node_https_.request : url.protocol === 'http:' ? external_node_http_.request : undefined;
        if (!request)
            return reject(networkError(new Error(`unsupported protocol ${url.protocol}`)));
        const raw = init.body ?? undefined;
        // as fetch's BodyInit: bytes as they are, anything else as its string
        const body = raw === undefined || typeof raw === 'string' || raw instanceof Uint8Array
            ? raw
            : typeof raw === 'number' || typeof raw === 'boolean'
                ? String(raw)
                : JSON.stringify(raw);
        if (body !== undefined)
            headers['content-length'] = Buffer.byteLength(body);
        const req = request(url, { method: init.method ?? 'GET', headers });
        const onAbort = () => {
            req.destroy(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const fail = (e) => {
            signal?.removeEventListener('abort', onAbort);
            reject(e.name === 'AbortError' ? e : networkError(e));
        };
        req.on('error', fail);
        req.on('error', notifyWritten);
        req.on('finish', notifyWritten);
        req.on('response', (res) => {
            const decoded = decode(res);
            const chunks = [];
            decoded.on('data', (c) => chunks.push(c));
            decoded.on('error', fail);
            res.on('error', fail);
            decoded.on('end', () => {
                signal?.removeEventListener('abort', onAbort);
                resolve({ res, body: Buffer.concat(chunks) });
            });
        });
        req.end(body);
    });
}
/** The body stream, unzipped when the server compressed it. */
function decode(res) {
    const encoding = String(res.headers['content-encoding'] ?? '')
        .trim()
        .toLowerCase();
    if (encoding !== 'gzip' && encoding !== 'x-gzip' && encoding !== 'deflate' && encoding !== 'br')
        return res;
    const unzip = encoding === 'br'
        ? external_node_zlib_.createBrotliDecompress()
        : encoding === 'deflate'
            ? external_node_zlib_.createInflate()
            : external_node_zlib_.createGunzip({ flush: external_node_zlib_.constants.Z_SYNC_FLUSH, finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH });
    res.on('error', (e) => unzip.destroy(e));
    return res.pipe(unzip);
}
/** fetch(url, init) for Octokit; see the module comment for what it does and does not do. */
async function httpFetch(input, init = {}) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    const origin = url.origin;
    for (let redirects = 0;; redirects++) {
        const { res, body: data } = await send(url, { ...init, method, body }, { ...headers });
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if ([301, 302, 303, 307, 308].includes(status) && location && init.redirect !== 'manual') {
            if (init.redirect === 'error')
                throw networkError(new Error(`unexpected redirect to ${location}`));
            if (redirects >= MAX_REDIRECTS)
                throw networkError(new Error('redirect count exceeded'));
            url = new URL(location, url);
            if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = undefined;
                delete headers['content-type'];
            }
            if (url.origin !== origin)
                delete headers['authorization'];
            continue;
        }
        return response(res, data, url, redirects > 0);
    }
}
function response(res, data, url, redirected) {
    const status = res.statusCode ?? 0;
    const text = () => Promise.resolve(data.toString('utf8'));
    return {
        status,
        statusText: res.statusMessage ?? '',
        url: url.href,
        ok: status >= 200 && status < 300,
        redirected,
        headers: new ResponseHeaders(res.headers),
        text,
        json: async () => JSON.parse(await text()),
        arrayBuffer: () => Promise.resolve(Uint8Array.from(data).buffer)
    };
}

;// CONCATENATED MODULE: ./src/core/github/client.ts






/**
 * @actions/github's `getOctokit`, built here from the same Octokit plugins: @actions/github loads undici and
 * @actions/http-client for its proxy support when it is imported, which more than doubled every action's start-up.
 * The same client, token auth and user agent; requests go through node:http/https (http-fetch.ts) unless a proxy
 * variable is set.
 */
const GitHub = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* paginateRest */.ud, retry, throttling);
/**
 * Builds the Octokit for an action. The throttling plugin serialises writes and spaces them at least 1 s apart
 * (3 s for notification-triggering ones such as new comments), as GitHub's secondary rate limit guidance asks;
 * the retry plugin retries 5xx and dropped connections with growing delays.
 */
function createGitHubClient(options) {
    const log = options.log ?? { info: () => undefined, warn: () => undefined };
    const maxRetries = options.rateLimitRetries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const where = `${request.method} ${request.url.split('?')[0]}`;
        if (retryCount < maxRetries) {
            log.info(`GitHub ${kind} rate limit on ${where}: retrying after ${retryAfter}s`);
            return true;
        }
        log.warn(`GitHub ${kind} rate limit on ${where}: giving up after ${retryCount} retries`);
        return false;
    };
    return new GitHub({
        auth: `token ${options.token}`,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: withOrchestrationId(options.userAgent ?? 'gitops-actions'),
        request: { fetch: proxyAwareFetch },
        throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
        retry: { retries: 3 }
    });
}
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];
/**
 * node:http/https, or with a proxy variable set, @actions/github's own proxy-aware fetch (undici with the dispatcher
 * @actions/http-client chooses for GITHUB_API_URL, honouring no_proxy), loaded on the first request that needs it.
 * Without a proxy variable that fetch would go direct too.
 */
/**
 * Resolves once the first request made from now on is on the wire (through a proxy: once it is handed to the proxy's
 * fetch), or `request` settles, whichever comes first.
 */
function whenSent(request) {
    return Promise.race([requestWritten(), request.then(client_noop, client_noop)]);
}
const client_noop = () => undefined;
const proxyAwareFetch = async (url, init) => {
    if (!PROXY_VARIABLES.some((name) => process.env[name]))
        return httpFetch(url, init);
    const { defaults } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(176)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7176));
    const viaProxy = defaults.request?.fetch;
    const response = viaProxy(url, init);
    notifyWritten();
    return response;
};
/** The user agent with the runner's orchestration id, as @actions/github's getOctokit adds it. */
function withOrchestrationId(userAgent) {
    const id = process.env['ACTIONS_ORCHESTRATION_ID']?.trim();
    if (!id)
        return userAgent;
    const tag = `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}`;
    return userAgent.includes(tag) ? userAgent : `${userAgent} ${tag}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/core/github/context.ts


function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new user_error/* UserError */.y(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}: ${e.message}`);
    }
}
function pullRequestOf(payload) {
    const pr = payload.pull_request;
    if (pr && typeof pr.number === 'number' && pr.head?.sha) {
        return {
            number: pr.number,
            headSha: pr.head.sha,
            baseSha: pr.base?.sha,
            headRef: pr.head.ref,
            baseRef: pr.base?.ref,
            author: pr.user?.login
        };
    }
    return undefined;
}
/**
 * The pull request an `issue_comment` event is about (a comment such as `/plan` on a pull request): the event has
 * only the issue's number and a `pull_request` link, not the head, so read the rest from the API. Undefined for
 * other events and for comments on plain issues.
 */
function commentedPullNumber(ctx) {
    if (ctx.eventName !== 'issue_comment')
        return undefined;
    const issue = ctx.payload.issue;
    return issue?.pull_request && typeof issue.number === 'number' ? issue.number : undefined;
}
function readRunContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new user_error/* UserError */.y(`GITHUB_REPOSITORY is '${repository}': expected owner/repo (is this running in GitHub Actions?)`);
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const pullRequest = pullRequestOf(payload);
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    return {
        repo: { owner, repo },
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        pullRequest,
        sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? env.GITHUB_ACTOR ?? '',
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? '0'}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`,
        run: {
            id: Number(env.GITHUB_RUN_ID) || 0,
            number: Number(env.GITHUB_RUN_NUMBER) || 0,
            attempt: Number(env.GITHUB_RUN_ATTEMPT) || 0
        },
        workspace: env.GITHUB_WORKSPACE ?? process.cwd()
    };
}

;// CONCATENATED MODULE: ./src/core/github/index.ts












// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/action/errors.ts
var errors = __nccwpck_require__(6379);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: ./src/core/terragrunt/process.ts


/** Between SIGTERM to the process group and SIGKILL: OpenTofu/Terraform use it to release state locks. */
const KILL_GRACE_MS = 3000;
const running = new Set();
const onSignal = (signal) => {
    for (const stop of running)
        stop(signal);
};
/**
 * Spawns without a shell (arguments are never re-parsed) in a process group of its own, captures both streams, and
 * on timeout, or when this process is asked to stop (a cancelled workflow sends SIGINT, then SIGTERM), signals the
 * whole group and SIGKILLs it after KILL_GRACE_MS. The group matters: Terragrunt forwards a signal to its tofu
 * processes only after 15 s (internal/shell/run_cmd.go:37 at v1.1.3) and tofu waits for a graceful stop, so killing
 * Terragrunt's pid alone leaves plans running. @actions/exec has no timeout and echoes the command line to the log,
 * which we do ourselves.
 */
const spawnRunner = {
    run(command, args, options) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: true
            });
            const out = [];
            const err = [];
            let timedOut = false;
            let cancelled = false;
            let killTimer;
            // decoders keep a character split between two chunks whole for the callbacks
            const outText = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
            const errText = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
            child.stdout.on('data', (b) => {
                out.push(b);
                if (options.onStdout)
                    options.onStdout(outText.write(b));
            });
            child.stderr.on('data', (b) => {
                err.push(b);
                if (options.onStderr)
                    options.onStderr(errText.write(b));
            });
            const killGroup = (signal) => {
                try {
                    if (child.pid !== undefined)
                        process.kill(-child.pid, signal);
                }
                catch {
                    // the group is gone already
                }
            };
            const stop = (signal = 'SIGTERM') => {
                if (killTimer)
                    return;
                killGroup(signal);
                killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
            };
            const cancel = () => {
                cancelled = true;
                stop('SIGTERM');
            };
            running.add(cancel);
            if (running.size === 1) {
                process.on('SIGINT', onSignal);
                process.on('SIGTERM', onSignal);
            }
            const abort = () => stop();
            options.signal?.addEventListener('abort', abort, { once: true });
            if (options.signal?.aborted)
                stop();
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    stop();
                }, options.timeoutMs);
            const done = () => {
                if (timer)
                    clearTimeout(timer);
                options.signal?.removeEventListener('abort', abort);
                running.delete(cancel);
                if (running.size === 0) {
                    process.off('SIGINT', onSignal);
                    process.off('SIGTERM', onSignal);
                }
            };
            child.on('error', (e) => {
                done();
                if (killTimer)
                    clearTimeout(killTimer);
                reject(e);
            });
            // 'close' waits for every holder of the pipes, so a grandchild that survives SIGTERM keeps us here until the
            // SIGKILL reaches it
            child.on('close', (code, signal) => {
                done();
                if (killTimer) {
                    // anything of the group still alive after its leader exited gets the SIGKILL now
                    clearTimeout(killTimer);
                    killGroup('SIGKILL');
                }
                resolve({
                    exitCode: code ?? (signal ? 128 : 1),
                    stdout: Buffer.concat(out).toString('utf8'),
                    stderr: Buffer.concat(err).toString('utf8'),
                    timedOut,
                    cancelled
                });
            });
        });
    }
};
/** Splits `extra-args` like a shell would for plain words and quotes, without running a shell. */
function splitArgs(text) {
    const args = [];
    let current = '';
    let quote;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < text.length)
                current += text[++i];
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else if (ch === '\\' && i + 1 < text.length) {
            current += text[++i];
            inWord = true;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new Error(`unterminated ${quote} quote`);
    if (inWord)
        args.push(current);
    return args;
}

;// CONCATENATED MODULE: ./src/core/plan/ansi.ts
/**
 * Terminal clean-up for captured plan output: ANSI colour and cursor sequences, CRLF line ends and carriage-return
 * progress overwrites. Every pattern here is linear (no nested quantifiers).
 */
// CSI: ESC [ (or the 8-bit 0x9b) parameter bytes, intermediate bytes, one final byte. Covers SGR colours and
// cursor movement / erase (`\x1b[2K`, `\x1b[1A`, `\x1b[?25l`).
const CSI = '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]';
// OSC: ESC ] … terminated by BEL or ESC \ (hyperlinks, window titles).
const OSC = '\\u001b\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?';
// Two-byte escapes (ESC 7, ESC 8, ESC =, ESC M, charset selection ESC ( B).
const SHORT = '\\u001b(?:[()][0-9A-Za-z]|[@-Z\\\\^_=>78])';
const ANSI_PATTERN = new RegExp(`${OSC}|${CSI}|${SHORT}`, 'g');
/** Removes ANSI colour, cursor and OSC escape sequences. */
function stripAnsi(text) {
    return text.includes('\u001b') || text.includes('\u009b') ? text.replace(ANSI_PATTERN, '') : text;
}
/**
 * Strips ANSI codes, turns CRLF into LF and resolves carriage-return overwrites the way a terminal shows them (only
 * the text after the last lone `\r` of a line stays).
 */
function cleanTerminalText(text) {
    let out = stripAnsi(text);
    if (out.charCodeAt(0) === 0xfeff)
        out = out.slice(1);
    if (!out.includes('\r'))
        return out;
    return out
        .split('\n')
        .map((line) => {
        let end = line.length;
        while (end > 0 && line.charCodeAt(end - 1) === 13)
            end--;
        const last = line.lastIndexOf('\r', end - 1);
        return line.slice(last === -1 || last >= end ? 0 : last + 1, end);
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/core/plan/lines.ts
/** Small line tests shared by the text-plan parser and the diff display. */
/** Indentation width: spaces and tabs at the start of the line. */
function leadingSpaces(line) {
    let i = 0;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
/** A horizontal rule Terraform/OpenTofu print between sections (`─────` or `-----`, at least 10 long). */
function isRule(trimmed) {
    if (trimmed.length < 10)
        return false;
    const ch = trimmed[0];
    if (ch !== '─' && ch !== '-')
        return false;
    for (let i = 1; i < trimmed.length; i++)
        if (trimmed[i] !== ch)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/plan/counting.ts
/** Maps a JSON `actions` array to one model action (both replace orders, both forget-replace orders). */
function classifyActions(actions) {
    const key = actions.filter((a) => typeof a === 'string').join(',');
    switch (key) {
        case '':
        case 'no-op':
            return { action: 'no-op' };
        case 'create':
            return { action: 'create' };
        case 'read':
            return { action: 'read' };
        case 'update':
            return { action: 'update' };
        case 'delete':
            return { action: 'delete' };
        case 'forget':
            return { action: 'forget' };
        case 'delete,create':
            return { action: 'replace', replaceOrder: 'delete-before-create' };
        case 'create,delete':
            return { action: 'replace', replaceOrder: 'create-before-delete' };
        case 'create,forget':
            return { action: 'replace', replaceOrder: 'create-before-delete', forgetsOld: true };
        case 'forget,create':
            return { action: 'replace', replaceOrder: 'delete-before-create', forgetsOld: true };
        default:
            // A future action: show it as a change rather than hide it.
            return { action: 'update' };
    }
}
/** Adds one resource's contribution to the counts, following the rules of the `Plan:` line. */
function countResource(counts, r) {
    switch (r.action) {
        case 'create':
            counts.add++;
            break;
        case 'update':
            counts.change++;
            break;
        case 'delete':
            counts.destroy++;
            break;
        case 'replace':
            counts.add++;
            counts.replace++;
            if (r.forgetsOld)
                counts.forget++;
            else
                counts.destroy++;
            break;
        case 'forget':
            counts.forget++;
            break;
        case 'read':
        case 'no-op':
            break;
    }
    if (r.importId !== undefined)
        counts.import++;
    if (r.previousAddress !== undefined)
        counts.move++;
}

;// CONCATENATED MODULE: ./src/core/plan/model.ts
/**
 * The plan model: parsers build it, renderers and outputs read it. Counts follow Terraform's `Plan:` line
 * (a replacement counts once in `add` and once in `destroy`), with replacements, imports, moves and forgets
 * counted separately beside them.
 */
const model_zeroCounts = () => ({
    add: 0,
    change: 0,
    destroy: 0,
    replace: 0,
    import: 0,
    move: 0,
    forget: 0
});
function model_addCounts(a, b) {
    return {
        add: a.add + b.add,
        change: a.change + b.change,
        destroy: a.destroy + b.destroy,
        replace: a.replace + b.replace,
        import: a.import + b.import,
        move: a.move + b.move,
        forget: a.forget + b.forget
    };
}

;// CONCATENATED MODULE: ./src/core/plan/text-plan.ts
/**
 * Tolerant parser for the human plan text of Terraform (0.11 to 1.x) and OpenTofu. It reads one line at a time with
 * a small state machine and never relies on blank lines (Terragrunt's pretty log drops them). Counts come from the
 * `Plan:` line when there is one; replacements, moves, imports and forgets come from the resource headers.
 */




/** `Plan:` summary line, Terraform and OpenTofu, with import, forget and action-invocation counts. */
const PLAN_LINE = /^Plan: (?:(\d+) to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy(?:, (\d+) to forget)?\.(?: Actions: (\d+) to invoke\.)?$/;
/** Reads a `Plan:` line (surrounding whitespace allowed); undefined when the line is not one. */
function parsePlanLine(line) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('Plan: '))
        return undefined;
    const m = PLAN_LINE.exec(trimmed);
    if (!m)
        return undefined;
    const num = (s) => (s === undefined ? undefined : Number(s));
    return {
        import: num(m[1]),
        add: Number(m[2]),
        change: Number(m[3]),
        destroy: Number(m[4]),
        forget: num(m[5]),
        invoke: num(m[6])
    };
}
/** Splits `addr[ (deposed object KEY)] rest` at the first space outside index brackets and quoted keys. */
function splitHeader(text) {
    let depth = 0;
    let inString = false;
    let i = 0;
    for (; i < text.length; i++) {
        const ch = text[i];
        if (inString) {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                inString = false;
        }
        else if (ch === '"' && depth > 0)
            inString = true;
        else if (ch === '[')
            depth++;
        else if (ch === ']')
            depth = Math.max(0, depth - 1);
        else if (ch === ' ' && depth === 0)
            break;
    }
    if (i === 0 || i >= text.length)
        return undefined;
    const address = text.slice(0, i);
    let rest = text.slice(i + 1);
    let deposed;
    if (rest.startsWith('(deposed object ')) {
        const close = rest.indexOf(')');
        if (close > 0) {
            deposed = rest.slice('(deposed object '.length, close);
            rest = rest.slice(close + 1).trimStart();
        }
    }
    return deposed === undefined ? { address, rest } : { address, deposed, rest };
}
function headerResource(address, deposed, fields) {
    const resource = { address, ...fields };
    if (deposed !== undefined)
        resource.deposed = deposed;
    return { kind: 'resource', resource };
}
function headerReplace(address, deposed, rest, reason) {
    const forgetsOld = rest.includes('will not be destroyed');
    return headerResource(address, deposed, {
        action: 'replace',
        ...(reason ? { reason } : {}),
        ...(forgetsOld ? { forgetsOld: true } : {})
    });
}
/** Classifies one resource header comment (the text after `# `). */
function text_plan_parseHeaderText(text) {
    const split = splitHeader(text);
    if (!split)
        return { kind: 'unknown' };
    const { address, deposed, rest } = split;
    // Plain functions rather than closures: this runs once per resource header.
    if (rest.startsWith('will be created'))
        return headerResource(address, deposed, { action: 'create' });
    if (rest.startsWith('will be read during apply'))
        return headerResource(address, deposed, { action: 'read' });
    if (rest.startsWith('will be updated in-place'))
        return headerResource(address, deposed, { action: 'update' });
    if (rest.startsWith('will be destroyed'))
        return headerResource(address, deposed, { action: 'delete' });
    if (rest.startsWith('must be replaced'))
        return headerReplace(address, deposed, rest);
    if (rest.startsWith('is tainted, so must be replaced') || rest.startsWith('is tainted, so it must be replaced')) {
        return headerReplace(address, deposed, rest, 'replace_because_tainted');
    }
    if (rest.startsWith('will be replaced, as requested')) {
        return headerReplace(address, deposed, rest, 'replace_by_request');
    }
    if (rest.startsWith('will be replaced due to changes in replace_triggered_by')) {
        return headerReplace(address, deposed, rest, 'replace_by_triggers');
    }
    if (rest.startsWith('will no longer be managed by '))
        return headerResource(address, deposed, { action: 'forget' });
    if (rest.startsWith('will be removed from ') && rest.includes('will not be destroyed')) {
        return headerResource(address, deposed, { action: 'forget' });
    }
    if (rest.startsWith('will be imported'))
        return headerResource(address, deposed, { action: 'no-op', importId: '' });
    if (rest.startsWith('has moved to ')) {
        const target = rest.slice('has moved to '.length).trim();
        if (!target)
            return { kind: 'unknown' };
        // `old has moved to new`: in refresh-only drift sections this is a drift entry, handled by the caller.
        const resource = { address: target, action: 'no-op', previousAddress: address };
        return { kind: 'resource', resource };
    }
    if (rest.startsWith('has changed') || rest.startsWith('has been deleted'))
        return { kind: 'drift', address };
    return { kind: 'unknown' };
}
/** Maps the text of a `# (…)` note under a header to Terraform's action_reason, or keeps the text. */
function reasonFromNote(note) {
    if (note.startsWith('because ')) {
        if (/^because index \[.*\] is out of range for count$/.test(note))
            return 'delete_because_count_index';
        if (/^because key \[.*\] is not in for_each map$/.test(note))
            return 'delete_because_each_key';
        if (note.includes(' was moved to ') && note.endsWith(', which is not in configuration')) {
            return 'delete_because_no_move_target';
        }
        if (note.endsWith(' is not in configuration')) {
            const what = note.slice('because '.length, note.length - ' is not in configuration'.length);
            return isModuleAddress(what) ? 'delete_because_no_module' : 'delete_because_no_resource_config';
        }
        if (note === 'because resource uses count or for_each' ||
            note === 'because resource does not use count' ||
            note === 'because resource does not use for_each') {
            return 'delete_because_wrong_repetition';
        }
        if (note === 'because enabled is false')
            return 'delete_because_enabled_false';
        if (note.includes('lifecycle.destroy = false')) {
            return note.includes('was configured before')
                ? 'forgot_because_lifecycle_destroy_in_state'
                : 'forgot_because_lifecycle_destroy_in_config';
        }
        return note;
    }
    if (note === 'config refers to values not yet known')
        return 'read_because_config_unknown';
    if (note === 'depends on a resource or a module with changes pending')
        return 'read_because_dependency_pending';
    if (note === 'config will be reloaded to verify a check block')
        return 'read_because_check_nested';
    return undefined;
}
/** `module.a`, `module.a["k"].module.b[0]`: only module steps, no resource type/name. */
function isModuleAddress(address) {
    let i = 0;
    while (address.startsWith('module.', i)) {
        i += 'module.'.length;
        while (i < address.length && address[i] !== '.' && address[i] !== '[')
            i++;
        if (address[i] === '[') {
            let inString = false;
            for (i++; i < address.length; i++) {
                const ch = address[i];
                if (inString) {
                    if (ch === '\\')
                        i++;
                    else if (ch === '"')
                        inString = false;
                }
                else if (ch === '"')
                    inString = true;
                else if (ch === ']')
                    break;
            }
            if (i >= address.length)
                return false;
            i++;
        }
        if (i === address.length)
            return true;
        if (address[i] !== '.')
            return false;
        i++;
    }
    return false;
}
function unquoteName(name) {
    if (!name.startsWith('"'))
        return name;
    try {
        const value = JSON.parse(name);
        return typeof value === 'string' ? value : name;
    }
    catch {
        return name;
    }
}
const LEGACY_RESOURCE_LINE = /^(-\/\+|\+\/-|<=|[-+~]) +(\S+)(?: +\((new resource required|tainted|deposed)\))?$/;
const OUTPUT_LINE = /^ {2}([-+~]) ("(?:[^"\\]|\\.)*"|[^\s="]+) *=/;
const DIAGNOSTIC_START = /^(Error|Warning): (.*)$/;
/** A line that starts a plan section (used to end a pre-0.15 diagnostic). */
function isSectionStart(trimmed) {
    return (trimmed.startsWith('Plan: ') ||
        trimmed.startsWith('No changes.') ||
        trimmed.startsWith('Note: ') ||
        trimmed.startsWith('Changes to Outputs:') ||
        trimmed.startsWith('An execution plan has been generated') ||
        trimmed.startsWith('Refreshing Terraform state') ||
        / (?:used the selected providers|will perform the following actions:)/.test(trimmed) ||
        isRule(trimmed));
}
/** Parses human plan text (ANSI codes allowed) into the plan model. */
function parseTextPlan(text) {
    const src = cleanTerminalText(text);
    const resources = [];
    const outputChanges = [];
    const outputSeen = new Set();
    const drift = [];
    const driftSeen = new Set();
    const diagnostics = [];
    const importIds = new Map();
    let section = 'none';
    let planLine;
    let errored = false;
    let refreshOnly = false;
    /** The resource whose header notes (`# (moved from …)`) and block symbol are being read. */
    let current;
    let inBox = false;
    let boxDiag;
    let boxDetail = [];
    let legacyDiag;
    let legacyDetail = [];
    let legacyBlankRun = 0;
    const finishDiagnostic = (diag, detail) => {
        if (!diag)
            return;
        let start = 0;
        let end = detail.length;
        while (start < end && detail[start].trim() === '')
            start++;
        while (end > start && detail[end - 1].trim() === '')
            end--;
        const body = detail
            .slice(start, end)
            .map((l) => l.trimEnd())
            .join('\n');
        if (body)
            diag.detail = body;
        diagnostics.push(diag);
        if (diag.severity === 'error')
            errored = true;
    };
    const addDrift = (address) => {
        if (!driftSeen.has(address)) {
            driftSeen.add(address);
            drift.push(address);
        }
    };
    for (let cursor = 0; cursor <= src.length;) {
        const start = cursor;
        const nl = src.indexOf('\n', start);
        const lineEnd = nl < 0 ? src.length : nl;
        cursor = lineEnd + 1;
        if (!inBox && !legacyDiag) {
            // Most lines are blank or attributes indented deeper than any header, `Plan:` or section line: outside a box
            // and a legacy diagnostic (and, for attributes, a header's first line) they change nothing unless they open a
            // box (`╷`, not ASCII). Skip them without building strings.
            let i = start;
            while (i < lineEnd && (src.charCodeAt(i) === 0x20 || src.charCodeAt(i) === 0x09))
                i++;
            if (i === lineEnd)
                continue;
            const first = src.charCodeAt(i);
            if (!current && i - start > 4 && first > 0x20 && first < 0x7f)
                continue;
        }
        const line = src.slice(start, lineEnd).trimEnd();
        const trimmed = line.trim();
        const indent = leadingSpaces(line);
        // Boxed diagnostics (TF >= 0.15, OpenTofu): ╷ │ Error: … │ … ╵
        if (trimmed.startsWith('╷')) {
            if (inBox)
                finishDiagnostic(boxDiag, boxDetail);
            inBox = true;
            boxDiag = undefined;
            boxDetail = [];
            continue;
        }
        if (inBox) {
            if (trimmed.startsWith('╵')) {
                finishDiagnostic(boxDiag, boxDetail);
                inBox = false;
                boxDiag = undefined;
                continue;
            }
            if (trimmed.startsWith('│')) {
                const content = trimmed.slice(1).startsWith(' ') ? trimmed.slice(2) : trimmed.slice(1);
                const m = boxDiag ? undefined : DIAGNOSTIC_START.exec(content);
                if (m)
                    boxDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() };
                else if (boxDiag)
                    boxDetail.push(content);
                continue;
            }
            finishDiagnostic(boxDiag, boxDetail);
            inBox = false;
            boxDiag = undefined;
        }
        // Pre-0.15 diagnostics: `Error: …` / `Warning: …` at column 0, detail until a section starts.
        if (legacyDiag) {
            const ends = (indent === 0 && trimmed !== '' && (DIAGNOSTIC_START.test(trimmed) || isSectionStart(trimmed))) ||
                (indent <= 3 && trimmed.startsWith('# ')) ||
                (trimmed === '' && legacyBlankRun >= 1 && legacyDetail.length > 0);
            if (!ends) {
                legacyBlankRun = trimmed === '' ? legacyBlankRun + 1 : 0;
                legacyDetail.push(line);
                continue;
            }
            finishDiagnostic(legacyDiag, legacyDetail);
            legacyDiag = undefined;
            if (trimmed === '')
                continue;
        }
        if (indent === 0) {
            const m = DIAGNOSTIC_START.exec(trimmed);
            if (m) {
                legacyDiag = { severity: m[1] === 'Error' ? 'error' : 'warning', summary: m[2].trim() };
                legacyDetail = [];
                legacyBlankRun = 0;
                current = undefined;
                continue;
            }
        }
        if (trimmed === '')
            continue;
        const counts = indent <= 4 ? parsePlanLine(trimmed) : undefined;
        if (counts) {
            if (!planLine)
                planLine = counts;
            section = 'none';
            current = undefined;
            continue;
        }
        // Section markers (always at column 0).
        if (indent === 0) {
            if (trimmed.startsWith('Note: Objects have changed outside of ')) {
                section = 'drift';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Unless you have made equivalent changes to your configuration')) {
                section = 'none';
                continue;
            }
            if (trimmed.startsWith('This is a refresh-only plan')) {
                refreshOnly = true;
                section = 'none';
                continue;
            }
            if (/ used the selected providers to generate the following/.test(trimmed) ||
                trimmed.startsWith('An execution plan has been generated') ||
                trimmed.startsWith('Resource actions are indicated with the following symbols')) {
                section = 'legend';
                current = undefined;
                continue;
            }
            if (trimmed.endsWith(' will perform the following actions:')) {
                section = 'changes';
                current = undefined;
                continue;
            }
            if (trimmed.endsWith(' planned the following actions, but then encountered a problem:')) {
                section = 'changes';
                errored = true;
                current = undefined;
                continue;
            }
            if (trimmed === 'Changes to Outputs:') {
                section = 'outputs';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Note: This is a partial plan')) {
                section = 'deferred';
                current = undefined;
                continue;
            }
            if (/ will invoke the following action\(s\):$/.test(trimmed)) {
                section = 'invoke';
                current = undefined;
                continue;
            }
            if (trimmed.startsWith('Planning failed.')) {
                errored = true;
                section = 'none';
                continue;
            }
            if (trimmed.startsWith('You can apply this plan to save these new output values')) {
                section = 'none';
                continue;
            }
        }
        // Refresh noise that carries facts: the import id of `# addr will be imported`.
        if (indent === 0 && trimmed.endsWith(']')) {
            const at = trimmed.indexOf(': Preparing import... [id=');
            if (at > 0) {
                importIds.set(trimmed.slice(0, at), trimmed.slice(at + ': Preparing import... [id='.length, -1));
                continue;
            }
        }
        // Resource header comments and their notes (`  # addr will be created`, ` # addr will no longer be managed…`).
        if (indent <= 3 && trimmed.startsWith('#')) {
            const body = trimmed.slice(1).trimStart();
            if (body.startsWith('(')) {
                if (current)
                    applyNote(current, body);
                continue;
            }
            if (body.startsWith('Warning: this will destroy the imported resource'))
                continue;
            if (body.startsWith('imported using resource identity')) {
                if (current && current.importId === undefined)
                    current.importId = '';
                continue;
            }
            if (/^[{}[\]"]/.test(body))
                continue; // JSON lines of a resource identity
            const header = text_plan_parseHeaderText(body);
            if (header.kind === 'drift') {
                addDrift(header.address);
                current = undefined;
                continue;
            }
            if (header.kind === 'unknown' || section === 'deferred' || section === 'invoke') {
                current = undefined;
                continue;
            }
            if (section === 'drift') {
                // Refresh-only drift lists moves as `old has moved to new`.
                addDrift(header.resource.address);
                current = undefined;
                continue;
            }
            const resource = header.resource;
            if (resource.importId === '' && importIds.has(resource.address)) {
                resource.importId = importIds.get(resource.address);
            }
            resources.push(resource);
            current = resource;
            continue;
        }
        // OpenTofu's forget note has no `#`: ` (because lifecycle.destroy = false is set in the configuration)`.
        if (current && indent <= 3 && trimmed.startsWith('(') && trimmed.endsWith(')')) {
            applyNote(current, trimmed);
            continue;
        }
        // The first line of a resource block: its symbol tells the replace order.
        if (current) {
            if (current.action === 'replace') {
                if (trimmed.startsWith('-/+ '))
                    current.replaceOrder = 'delete-before-create';
                else if (trimmed.startsWith('+/- '))
                    current.replaceOrder = 'create-before-delete';
                else if (trimmed.startsWith('+/. ')) {
                    current.replaceOrder = 'create-before-delete';
                    current.forgetsOld = true;
                }
                else if (trimmed.startsWith('./+ ')) {
                    current.replaceOrder = 'delete-before-create';
                    current.forgetsOld = true;
                }
            }
            current = undefined;
            continue;
        }
        if (section === 'changes' && indent <= 3) {
            const legacy = legacyResource(trimmed);
            if (legacy) {
                resources.push(legacy);
                continue;
            }
        }
        if (section === 'outputs' && indent === 2) {
            const m = OUTPUT_LINE.exec(line);
            if (m) {
                const name = unquoteName(m[2]);
                if (!outputSeen.has(name)) {
                    outputSeen.add(name);
                    outputChanges.push(name);
                }
            }
        }
    }
    if (inBox)
        finishDiagnostic(boxDiag, boxDetail);
    if (legacyDiag)
        finishDiagnostic(legacyDiag, legacyDetail);
    const headerCounts = model_zeroCounts();
    for (const r of resources)
        countResource(headerCounts, r);
    const counts = planLine
        ? {
            add: planLine.add,
            change: planLine.change,
            destroy: planLine.destroy,
            replace: headerCounts.replace,
            import: planLine.import ?? 0,
            move: headerCounts.move,
            forget: planLine.forget ?? headerCounts.forget
        }
        : headerCounts;
    const lineTotal = planLine
        ? planLine.add + planLine.change + planLine.destroy + (planLine.import ?? 0) + (planLine.forget ?? 0)
        : 0;
    const hasChanges = !errored &&
        (resources.length > 0 ||
            outputChanges.length > 0 ||
            lineTotal > 0 ||
            (planLine?.invoke ?? 0) > 0 ||
            (refreshOnly && drift.length > 0));
    return { counts, resources, outputChanges, drift, errored, diagnostics, hasChanges, source: 'text' };
}
/** Applies a `(…)` note under a header: move source, import id, or a reason. */
function applyNote(resource, text) {
    const note = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1).trim() : text;
    if (note.startsWith('moved from ')) {
        const from = note.slice('moved from '.length).trim();
        if (from && from !== resource.address)
            resource.previousAddress = from;
        return;
    }
    if (note.startsWith('imported from ')) {
        resource.importId = unquoteName(note.slice('imported from '.length).trim());
        return;
    }
    if (note === 'will be imported first') {
        resource.importId = resource.importId ?? '';
        return;
    }
    if (note === 'config will be generated' ||
        note.startsWith('left over from a partially-failed replacement') ||
        note.startsWith('destroy = false is set')) {
        return;
    }
    const reason = reasonFromNote(note);
    if (reason && !resource.reason)
        resource.reason = reason;
}
/** A Terraform 0.11 resource line: `  + aws_x.y`, `-/+ aws_x.y (new resource required)`, ` <= data.x.y`. */
function legacyResource(trimmed) {
    const m = LEGACY_RESOURCE_LINE.exec(trimmed);
    if (!m)
        return undefined;
    const address = m[2];
    if (!address.includes('.') || /["{}=]/.test(address))
        return undefined;
    const marker = m[1];
    const note = m[3];
    let resource;
    switch (marker) {
        case '+':
            resource = { address, action: 'create' };
            break;
        case '-':
            resource = { address, action: 'delete' };
            break;
        case '~':
            resource = { address, action: 'update' };
            break;
        case '<=':
            resource = { address, action: 'read' };
            break;
        case '+/-':
            resource = { address, action: 'replace', replaceOrder: 'create-before-delete' };
            break;
        default:
            resource = { address, action: 'replace', replaceOrder: 'delete-before-create' };
    }
    if (note === 'tainted' && resource.action === 'replace')
        resource.reason = 'replace_because_tainted';
    return resource;
}

;// CONCATENATED MODULE: ./src/core/plan/display.ts
/**
 * Plan text for people: the part of a plan a reviewer needs (drift note, legend, resource changes, `Plan:` line,
 * output changes, warnings and errors) without refresh, lock, init or apply noise, and a rewrite of it for GitHub's
 * ```diff colouring. Both work line by line in linear time, on positions in the text: plans run to millions of
 * lines, so neither builds a string per line where it can avoid it (`DiffLineTable` describes the rewritten lines).
 */



const LOCK_LINES = new Set([
    'Acquiring state lock. This may take a few moments...',
    'Releasing state lock. This may take a few moments...',
    'Refreshing Terraform state in-memory prior to plan...',
    'The refreshed state will be used to calculate this plan, but will not be',
    'persisted to local or remote state storage.'
]);
const INIT_LINES = [
    'Initializing the backend...',
    'Initializing provider plugins...',
    'Initializing modules...',
    'Initializing plugins and modules...',
    'Successfully configured the backend',
    'Terraform has been successfully initialized!',
    'OpenTofu has been successfully initialized!',
    'You may now begin working with ',
    'any changes that are required for your infrastructure. All ',
    'should now work.',
    'If you ever set or change modules or backend configuration for ',
    'rerun this command to reinitialize your working directory. If you forget, other',
    'commands will detect it and remind you to do so if necessary.',
    'Terraform has created a lock file ',
    'OpenTofu has created a lock file ',
    'Upgrading modules...'
];
/** Init's `- Installing hashicorp/aws v5.0.0...` style lines. */
const INIT_ITEM_LINES = [
    'Reusing previous version of ',
    'Finding ',
    'Installing ',
    'Installed ',
    'Using previously-installed ',
    'Downloading ',
    'Installing modules',
    'Using '
];
/** `addr: Refreshing state... [id=…]` and friends: progress lines of the refresh and plan walk. */
const PROGRESS_SUFFIXES = [
    ': Refreshing state...',
    ': Reading...',
    ': Read complete after ',
    ': Still reading... [',
    ': Preparing import... [',
    ': Importing from ID '
];
/** Progress lines of an apply: once they appear, the plan is over. */
const APPLY_SUFFIXES = [
    ': Creating...',
    ': Destroying...',
    ': Modifying...',
    ': Still creating... [',
    ': Still destroying... [',
    ': Still modifying... [',
    ': Creation complete after ',
    ': Destruction complete after ',
    ': Modifications complete after ',
    ': Provisioning with ',
    ' (local-exec): ',
    ' (remote-exec): '
];
/** Lines that end the plan: the footer and anything after it (apply prompt, apply output). */
const FOOTER_PREFIXES = [
    "Note: You didn't use the -out option",
    'Note: You didn\'t specify an "-out" parameter',
    'Saved the plan to:',
    'To perform exactly these actions, run the following command to apply:',
    'Do you want to perform these actions',
    'Apply complete!',
    'Destroy complete!'
];
const SPACE = 0x20;
/** Whether `c` starts one of the `LOCK_LINES` (`A`, `R`, `T` or `p`). */
const isLockFirst = (c) => c === 0x41 || c === 0x52 || c === 0x54 || c === 0x70;
/** Whether the UTF-16 code unit `c` is whitespace to `String.prototype.trim` and to `\s`. */
function isSpaceCode(c) {
    if (c <= SPACE)
        return c === SPACE || (c >= 0x09 && c <= 0x0d);
    if (c < 0xa0)
        return false;
    return (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Where `text.slice(start, end).trimEnd()` ends in `text`. */
function trimEndAt(text, start, end) {
    while (end > start && isSpaceCode(text.charCodeAt(end - 1)))
        end--;
    return end;
}
/** Lines that mark where the part worth showing starts. */
function isStartLine(line, trimmed, indent) {
    if (trimmed.startsWith('╷'))
        return true;
    if (indent === 0) {
        if (trimmed.startsWith('Note: Objects have changed outside of ') ||
            trimmed.startsWith('An execution plan has been generated') ||
            trimmed.startsWith('Resource actions are indicated with the following symbols') ||
            trimmed.startsWith('Changes to Outputs:') ||
            trimmed.startsWith('No changes.') ||
            trimmed.startsWith('No current changes.') ||
            trimmed.startsWith('Planning failed.') ||
            trimmed.startsWith('Note: This is a partial plan') ||
            trimmed.startsWith('Error: ') ||
            trimmed.startsWith('Warning: ') ||
            / used the selected providers to generate the following/.test(trimmed) ||
            trimmed.endsWith(' will perform the following actions:') ||
            trimmed.endsWith(' planned the following actions, but then encountered a problem:') ||
            / will invoke the following action\(s\):$/.test(trimmed)) {
            return true;
        }
    }
    if (parsePlanLine(line))
        return true;
    if (indent <= 3 && trimmed.startsWith('# '))
        return text_plan_parseHeaderText(trimmed.slice(2)).kind !== 'unknown';
    return false;
}
function isNoise(trimmed, indent) {
    if (LOCK_LINES.has(trimmed))
        return true;
    if (indent !== 0)
        return false;
    if (trimmed.startsWith('#') || trimmed.startsWith('│'))
        return false;
    for (const suffix of PROGRESS_SUFFIXES)
        if (trimmed.includes(suffix))
            return true;
    for (const prefix of INIT_LINES)
        if (trimmed.startsWith(prefix))
            return true;
    if (trimmed.startsWith('- ')) {
        const rest = trimmed.slice(2);
        for (const prefix of INIT_ITEM_LINES)
            if (rest.startsWith(prefix))
                return true;
    }
    return false;
}
function isEnd(trimmed, indent) {
    if (indent !== 0)
        return false;
    for (const prefix of FOOTER_PREFIXES)
        if (trimmed.startsWith(prefix))
            return true;
    if (trimmed.startsWith('#') || trimmed.startsWith('│'))
        return false;
    for (const suffix of APPLY_SUFFIXES)
        if (trimmed.includes(suffix))
            return true;
    return false;
}
/**
 * The part of a plan's output worth showing a reviewer: from the drift note (or the legend, the first resource,
 * the outputs or the no-changes message) through the `Plan:` line and the output changes, with warning and error
 * boxes kept wherever they are. Refresh, progress, state-lock and init lines are removed, and so are the footer
 * ("Note: You didn't use the -out option…", "Saved the plan to…") and anything after it, such as apply output.
 * Takes one unit's plan text (already demuxed from Terragrunt's log); ANSI codes are removed.
 */
function extractPlanBody(text) {
    const src = cleanTerminalText(text);
    // Kept lines as [start, end) ranges of `src` without trailing whitespace; -1 marks an added blank line. Runs of
    // adjacent kept lines become one slice of `src` in the end, so no string is built per line.
    const starts = [];
    const ends = [];
    let started = false;
    let ended = false;
    let inBox = false;
    /** Keeps a line; a non-blank line right after the last kept one (which lost no trailing space) extends it. */
    const push = (start, end) => {
        const last = starts.length - 1;
        if (start < end && last >= 0 && start === ends[last] + 1 && starts[last] >= 0 && starts[last] < ends[last]) {
            ends[last] = end;
            return;
        }
        starts.push(start);
        ends.push(end);
    };
    /** Where the last kept line starts. */
    const lastLineStart = () => {
        const last = starts.length - 1;
        return starts[last] < 0 ? starts[last] : Math.max(starts[last], src.lastIndexOf('\n', ends[last] - 1) + 1);
    };
    const popLine = () => {
        const last = starts.length - 1;
        const start = lastLineStart();
        if (start > starts[last])
            ends[last] = start - 1;
        else {
            starts.pop();
            ends.pop();
        }
    };
    const lastIsBlank = () => starts.length > 0 && starts[starts.length - 1] === ends[ends.length - 1];
    const dropTrailingRule = () => {
        while (lastIsBlank())
            popLine();
        if (starts.length > 0) {
            const start = lastLineStart();
            if (start >= 0 && isRule(src.slice(start, ends[ends.length - 1]).trim()))
                popLine();
        }
        while (lastIsBlank())
            popLine();
    };
    for (let cursor = 0; cursor <= src.length;) {
        const pos = cursor;
        const nl = src.indexOf('\n', pos);
        const lineEnd = nl < 0 ? src.length : nl;
        cursor = lineEnd + 1;
        const end = trimEndAt(src, pos, lineEnd);
        let indent = 0;
        while (pos + indent < end && src.charCodeAt(pos + indent) === SPACE)
            indent++;
        if (started && !inBox && !ended) {
            // The common cases inside the plan: a blank line is kept, and so is an indented one unless it is a state-lock
            // line.
            if (end === pos) {
                push(pos, pos);
                continue;
            }
            const first = src.charCodeAt(pos + indent);
            if (indent > 0 && first > SPACE && first < 0x7f) {
                if (!isLockFirst(first) || !LOCK_LINES.has(src.slice(pos + indent, end)))
                    push(pos, end);
                continue;
            }
        }
        const line = src.slice(pos, end);
        const trimmed = line.trim();
        if (inBox) {
            push(pos, end);
            if (trimmed.startsWith('╵'))
                inBox = false;
            continue;
        }
        if (trimmed.startsWith('╷')) {
            if (ended && starts.length > 0)
                push(-1, -1);
            push(pos, end);
            inBox = true;
            started = true;
            continue;
        }
        if (ended)
            continue;
        if (!started) {
            if (!isStartLine(line, trimmed, indent))
                continue;
            started = true;
        }
        if (isNoise(trimmed, indent))
            continue;
        if (isEnd(trimmed, indent)) {
            dropTrailingRule();
            ended = true;
            continue;
        }
        push(pos, end);
    }
    if (!ended)
        dropTrailingRule();
    if (!started) {
        // Nothing that looks like a plan: keep what is left after removing the noise (an error message, say).
        for (let cursor = 0; cursor <= src.length;) {
            const pos = cursor;
            const nl = src.indexOf('\n', pos);
            const lineEnd = nl < 0 ? src.length : nl;
            cursor = lineEnd + 1;
            const end = trimEndAt(src, pos, lineEnd);
            const line = src.slice(pos, end);
            if (!isNoise(line.trim(), leadingSpaces(line)))
                push(pos, end);
        }
    }
    return joinRanges(src, starts, ends);
}
/**
 * Joins the ranges with `\n`, trimming blank lines at both ends and keeping at most two blank lines in a row.
 * Ranges that follow each other in `src` are taken as one slice.
 */
function joinRanges(src, starts, ends) {
    let last = starts.length - 1;
    while (last >= 0 && starts[last] === ends[last])
        last--;
    const pieces = [];
    let blanks = 0;
    let open = false;
    let pieceStart = 0;
    let pieceEnd = 0;
    for (let i = 0; i <= last; i++) {
        const start = starts[i];
        const end = ends[i];
        if (start === end) {
            blanks++;
            if (blanks > 2 || !open)
                continue;
        }
        else {
            blanks = 0;
        }
        // The line starts right after the piece's newline (so the piece's last line lost no trailing whitespace).
        if (open && pieceStart >= 0 && start === pieceEnd + 1) {
            pieceEnd = end;
            continue;
        }
        if (open)
            pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd));
        open = true;
        pieceStart = start;
        pieceEnd = end;
    }
    if (open)
        pieces.push(pieceStart < 0 ? '' : src.slice(pieceStart, pieceEnd));
    return pieces.join('\n');
}
/** Change symbols at column 0 of a diff line; `DiffLineTable.symbol` indexes this list (0: none, 1: a space). */
const SYMBOLS = ['', ' ', '+', '-', '!', '-/+', '+/-', '+/.', './+', '<=', '.'];
const SYM_SPACE = 1;
const SYM_PLUS = 2;
const SYM_MINUS = 3;
const SYM_BANG = 4;
const SYM_REPLACE_DELETE_FIRST = 5;
const SYM_REPLACE_CREATE_FIRST = 6;
const SYM_REPLACE_FORGET = 7;
const SYM_FORGET_REPLACE = 8;
const SYM_READ = 9;
const SYM_FORGET = 10;
/** `DiffLineTable.symbol` of a line put in by a regrouping: the line is `added[from]`. */
const ADDED = 255;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const LESS = 0x3c;
const TILDE = 0x7e;
/** Characters that GitHub's diff grammar colours (or treats as headers) in column 0: `+ - ! < > @`. */
const isDiffSpecial = (c) => c === PLUS || c === MINUS || c === 0x21 || c === LESS || c === 0x3e || c === 0x40;
const isWordCode = (c) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
/**
 * The delimiter of a heredoc opened at the end of `text.slice(start, end)` (what `/<<-?([A-Za-z_][A-Za-z0-9_]*)$/`
 * captures), or undefined.
 */
function heredocOpen(text, start, end) {
    let r = end;
    while (r > start && isWordCode(text.charCodeAt(r - 1)))
        r--;
    if (r === end)
        return undefined;
    const c = text.charCodeAt(r);
    if (c >= 0x30 && c <= 0x39)
        return undefined;
    if (r - start >= 2 && text.charCodeAt(r - 1) === LESS && text.charCodeAt(r - 2) === LESS)
        return text.slice(r, end);
    if (r - start >= 3 &&
        text.charCodeAt(r - 1) === MINUS &&
        text.charCodeAt(r - 2) === LESS &&
        text.charCodeAt(r - 3) === LESS) {
        return text.slice(r, end);
    }
    return undefined;
}
/** Whether `text` has `marker` at `at`, followed by a space before `end`. */
const markerAt = (text, at, end, marker) => at + marker.length < end && text.charCodeAt(at + marker.length) === SPACE && text.startsWith(marker, at);
/**
 * The block marker at `at` (the first character after the indentation) as `symbol * 4 + length` (`SYMBOLS` index and
 * marker length), or 0: `-/+ +/- +/. ./+ <= + - ~` followed by a space, or OpenTofu's forget block
 * `. resource "t" "n" {`.
 */
function blockMarker(text, at, end) {
    switch (text.charCodeAt(at)) {
        case MINUS:
            if (markerAt(text, at, end, '-/+'))
                return SYM_REPLACE_DELETE_FIRST * 4 + 3;
            if (markerAt(text, at, end, '-'))
                return SYM_MINUS * 4 + 1;
            return 0;
        case PLUS:
            if (markerAt(text, at, end, '+/-'))
                return SYM_REPLACE_CREATE_FIRST * 4 + 3;
            if (markerAt(text, at, end, '+/.'))
                return SYM_REPLACE_FORGET * 4 + 3;
            if (markerAt(text, at, end, '+'))
                return SYM_PLUS * 4 + 1;
            return 0;
        case DOT:
            if (markerAt(text, at, end, './+'))
                return SYM_FORGET_REPLACE * 4 + 3;
            if (text.startsWith('. resource "', at) || text.startsWith('. data "', at))
                return SYM_FORGET * 4 + 1;
            return 0;
        case LESS:
            return markerAt(text, at, end, '<=') ? SYM_READ * 4 + 2 : 0;
        case TILDE:
            return markerAt(text, at, end, '~') ? SYM_BANG * 4 + 1 : 0;
        default:
            return 0;
    }
}
const SPACES = [];
function spaces(n) {
    if (n >= 256)
        return ' '.repeat(n);
    return (SPACES[n] ??= ' '.repeat(n));
}
const NON_ASCII = /[\u0080-\uffff]/g;
/**
 * The lines of `toDiffLines(body)`, described instead of built, so a renderer can size, search and cut millions of
 * lines and build only those it shows. Line `i` is `SYMBOLS[symbol[i]]`, then `pad[i]` spaces, then
 * `text.slice(from[i], end[i])`; or, when `symbol[i]` is `ADDED`, the line `added[from[i]]` put in by a regrouping
 * (the text itself is never copied: a concatenated copy of a large text is slow to search and measure).
 */
class DiffLineTable {
    /** The plan body the lines point into. */
    text;
    count;
    from;
    end;
    /** 0: the line is `text.slice(from, end)`; 1: a space is put before it; more: the change symbol moved to column 0. */
    symbol;
    pad;
    /** ASCII lines put in (headings, blanks), for the lines whose symbol is `ADDED`. */
    added;
    ascii;
    constructor(text, count, from, end, symbol, pad, added = [], ascii) {
        this.text = text;
        this.count = count;
        this.from = from;
        this.end = end;
        this.symbol = symbol;
        this.pad = pad;
        this.added = added;
        this.ascii = ascii;
    }
    /** What comes before the text of line `i`: its symbol, or the whole line when it was put in. */
    head(i) {
        const symbol = this.symbol[i];
        return symbol === ADDED ? this.added[this.from[i]] : SYMBOLS[symbol];
    }
    /** Whether line `i` was put in by a regrouping (`added`). */
    isAdded(i) {
        return this.symbol[i] === ADDED;
    }
    /** Whether the text is all ASCII. */
    isAscii() {
        return (this.ascii ??= Buffer.byteLength(this.text, 'utf8') === this.text.length);
    }
    /** Line `i` as `toDiffLines` returns it. */
    line(i) {
        const symbol = this.symbol[i];
        if (symbol === ADDED)
            return this.added[this.from[i]];
        const rest = this.text.slice(this.from[i], this.end[i]);
        return symbol === 0 ? rest : SYMBOLS[symbol] + spaces(this.pad[i]) + rest;
    }
    /** Whether line `i` starts with a symbol other than a space, `+`, `-` or `!` (one with `/ . < =` in it). */
    hasCompoundSymbol(i) {
        return this.symbol[i] > SYM_BANG && this.symbol[i] !== ADDED;
    }
    /**
     * `toDiffLines(text).join('\n')`, built in one buffer: runs of lines are copied from the text at once (a moved
     * marker with its indentation), then symbols, spaces and newlines are written in place. Exact for any text:
     * characters go through as Latin-1 bytes or as UTF-16 code units, never through UTF-8.
     */
    join() {
        const { text, count, from, end, symbol, pad } = this;
        let chars = count - 1;
        for (let i = 0; i < count; i++)
            chars += this.head(i).length + pad[i] + end[i] - from[i];
        const encoding = this.isAscii() ? 'latin1' : 'utf16le';
        const width = encoding === 'latin1' ? 1 : 2;
        const out = Buffer.allocUnsafe(chars * width);
        // 1. Copy what each line takes from the text, merging lines that are adjacent both in the text and in the output.
        let runFrom = -1;
        let runTo = -1;
        let runAt = -1;
        for (let i = 0, o = 0; i < count; i++) {
            const sym = symbol[i];
            if (sym === ADDED) {
                // Written in the second pass; nothing to copy, and no run goes on across it.
                if (runTo > runFrom)
                    out.write(text.slice(runFrom, runTo), runAt * width, encoding);
                runFrom = runTo = runAt = -1;
                o += this.added[from[i]].length + 1;
                continue;
            }
            const symbolLength = SYMBOLS[sym].length;
            // A moved marker is copied with its indentation (same length as symbol + padding) and overwritten below; a
            // marker alone is copied as the marker.
            const copyFrom = sym <= SYM_SPACE ? from[i] : from[i] - symbolLength - pad[i];
            const copyAt = sym === SYM_SPACE ? o + 1 : o;
            if (runFrom >= 0 && copyFrom === runTo + 1 && copyAt === runAt + (runTo - runFrom) + 1) {
                runTo = end[i];
            }
            else {
                if (runTo > runFrom)
                    out.write(text.slice(runFrom, runTo), runAt * width, encoding);
                runFrom = copyFrom;
                runTo = end[i];
                runAt = copyAt;
            }
            o += symbolLength + pad[i] + end[i] - from[i] + 1;
        }
        if (runTo > runFrom)
            out.write(text.slice(runFrom, runTo), runAt * width, encoding);
        // 2. Newlines, leading spaces and moved symbols (all ASCII: the high byte of a UTF-16 unit is 0).
        for (let i = 0, o = 0; i < count; i++) {
            const sym = symbol[i];
            const symbolText = this.head(i);
            if (width === 1) {
                if (i > 0)
                    out[o - 1] = 0x0a;
                if (sym !== 0) {
                    for (let k = 0; k < symbolText.length; k++)
                        out[o + k] = symbolText.charCodeAt(k);
                    for (let k = o + symbolText.length, e = k + pad[i]; k < e; k++)
                        out[k] = SPACE;
                }
            }
            else {
                if (i > 0)
                    out.writeUInt16LE(0x0a, 2 * (o - 1));
                if (sym !== 0) {
                    for (let k = 0; k < symbolText.length; k++)
                        out.writeUInt16LE(symbolText.charCodeAt(k), 2 * (o + k));
                    for (let k = 0; k < pad[i]; k++)
                        out.writeUInt16LE(SPACE, 2 * (o + symbolText.length + k));
                }
            }
            o += symbolText.length + pad[i] + end[i] - from[i] + 1;
        }
        return out.toString(encoding);
    }
    /** The UTF-8 size of every line (what `Buffer.byteLength` says), without building the lines. */
    byteSizes() {
        const sizes = new Int32Array(this.count);
        const text = this.text;
        if (this.isAscii()) {
            // One byte per character.
            for (let i = 0; i < this.count; i++)
                sizes[i] = this.head(i).length + this.pad[i] + this.end[i] - this.from[i];
            return sizes;
        }
        const wide = new RegExp(NON_ASCII.source, 'g');
        const nextWide = (from) => {
            wide.lastIndex = from;
            return wide.exec(text)?.index ?? Number.POSITIVE_INFINITY;
        };
        let next = nextWide(0);
        let last = 0;
        for (let i = 0; i < this.count; i++) {
            if (this.symbol[i] === ADDED) {
                sizes[i] = this.added[this.from[i]].length;
                continue;
            }
            const from = this.from[i];
            const end = this.end[i];
            // Lines are in text order except where they were regrouped (groupTableResources): start over there.
            if (next < from || from < last)
                next = nextWide(from);
            last = from;
            let size = SYMBOLS[this.symbol[i]].length + this.pad[i];
            if (next < end) {
                size += Buffer.byteLength(text.slice(from, end), 'utf8');
                next = nextWide(end);
            }
            else {
                size += end - from;
            }
            sizes[i] = size;
        }
        return sizes;
    }
}
/** Builds the `DiffLineTable` of a plan body: see `toDiffLines`. */
function display_diffLineTable(body) {
    let capacity = Math.max(16, Math.ceil(body.length / 32));
    let from = new Int32Array(capacity);
    let end = new Int32Array(capacity);
    let symbol = new Uint8Array(capacity);
    let pad = new Int32Array(capacity);
    let count = 0;
    let heredoc;
    let keyColumn = 0;
    for (let cursor = 0; cursor <= body.length;) {
        const pos = cursor;
        const nl = body.indexOf('\n', pos);
        const lineEnd = nl < 0 ? body.length : nl;
        cursor = lineEnd + 1;
        if (count === capacity) {
            capacity *= 2;
            from = grow(from, capacity);
            end = grow(end, capacity);
            pad = grow(pad, capacity);
            const bigger = new Uint8Array(capacity);
            bigger.set(symbol);
            symbol = bigger;
        }
        // `\r` before the newline is whitespace, so trimming the end also drops it (as `split(/\r?\n/)` would).
        const e = trimEndAt(body, pos, lineEnd);
        let indent = 0;
        while (pos + indent < e && body.charCodeAt(pos + indent) === SPACE)
            indent++;
        const at = pos + indent;
        let sym = 0;
        let length = 0;
        if (heredoc !== undefined) {
            if (indent <= keyColumn && at + heredoc.length <= e && body.startsWith(heredoc, at)) {
                const after = at + heredoc.length < e ? body.charCodeAt(at + heredoc.length) : -1;
                // `EOT` alone closes the heredoc, and so do `EOT ,` and `EOT)` inside a call or list.
                if (after === -1 || after === SPACE || after === 0x2c || after === 0x29)
                    heredoc = undefined;
            }
            else if (indent === keyColumn + 2 && at < e) {
                // Content lines keep their own markers, but only at the heredoc's marker column.
                const c = body.charCodeAt(at);
                if ((c === PLUS || c === MINUS || c === TILDE) && (at + 1 === e || body.charCodeAt(at + 1) === SPACE)) {
                    sym = c === PLUS ? SYM_PLUS : c === MINUS ? SYM_MINUS : SYM_BANG;
                    length = 1;
                }
            }
        }
        else {
            const marked = at < e ? blockMarker(body, at, e) : 0;
            const open = heredocOpen(body, pos, e);
            if (marked !== 0) {
                sym = marked >> 2;
                length = marked & 3;
                if (open !== undefined) {
                    heredoc = open;
                    keyColumn = indent + length + 1;
                }
            }
            else {
                if (open !== undefined) {
                    heredoc = open;
                    keyColumn = indent;
                }
                if (indent === 0 && at < e && isDiffSpecial(body.charCodeAt(at)))
                    sym = SYM_SPACE;
            }
        }
        if (length > 0) {
            // The marker moves to column 0 and the indentation stays after it; a marker alone is just the symbol.
            from[count] = at + length;
            pad[count] = at + length < e ? indent : 0;
        }
        else {
            from[count] = pos;
            pad[count] = 0;
        }
        end[count] = e;
        symbol[count] = sym;
        count++;
    }
    return new DiffLineTable(body, count, from, end, symbol, pad);
}
function grow(array, capacity) {
    const bigger = new Int32Array(capacity);
    bigger.set(array);
    return bigger;
}
/**
 * Rewrites plan body lines so GitHub's ```diff colouring works: the change marker moves to column 0 with the
 * indentation kept after it (`+` green, `-` red, `~` becomes `!`; `-/+`, `+/-` and `<=` stay readable), heredoc
 * content keeps its own inner `+`/`-` markers (only those at the heredoc's marker column count, so a content line
 * that starts with `- ` stays uncoloured), `#` comment lines stay as they are, and other lines that would start
 * with a character the diff grammar colours get a leading space.
 */
function display_toDiffLines(body) {
    const table = display_diffLineTable(body);
    const out = new Array(table.count);
    for (let i = 0; i < table.count; i++)
        out[i] = table.line(i);
    return out;
}
/** The order resources are read in: what destroys first, then the rest in the order of Terraform's legend. */
const GROUP_ORDER = ['delete', 'replace', 'create', 'update', 'read', 'forget', 'no-op'];
/** The line put before each group of resources when a unit has more than one: `# --- 3 to destroy ---`. */
function groupHeading(action, n) {
    const what = {
        delete: 'to destroy',
        replace: 'to replace',
        create: 'to create',
        update: 'to update in-place',
        read: 'to read',
        forget: 'to forget',
        'no-op': 'to move or import only'
    };
    return `# --- ${n} ${what[action]} ---`;
}
/**
 * The lines of a plan body with the planned resources grouped by action (`GROUP_ORDER`, Terraform's order kept
 * within a group), a heading before each group: so a reviewer finds every destroy and replacement first, each under
 * its own header and reason lines. Only the resources under `… will perform the following actions:` move, up to the
 * next line at column 0 (`Plan:`); drift, outputs, warnings and errors stay where they are. Undefined when there is
 * nothing to regroup (no such section, or one kind of action).
 */
function groupResourceLines(view) {
    const n = view.count;
    let start = 0;
    while (start < n && !view.isActionsIntro(start))
        start++;
    if (start >= n)
        return undefined;
    // Resource blocks: from each header to the next one, or to the end of the section.
    const heads = [];
    const actions = [];
    let end = start + 1;
    for (; end < n; end++) {
        if (view.isTopLevel(end))
            break;
        const action = view.headerAction(end);
        if (action !== undefined) {
            heads.push(end);
            actions.push(action);
        }
    }
    if (heads.length === 0 || actions.every((a) => a === actions[0]))
        return undefined;
    const order = new Int32Array(n + 2 * GROUP_ORDER.length + heads.length);
    const added = [];
    let k = 0;
    const add = (line) => {
        order[k++] = -1 - added.length;
        added.push(line);
    };
    for (let i = 0; i < heads[0]; i++)
        order[k++] = i;
    for (const action of GROUP_ORDER) {
        let count = 0;
        for (let b = 0; b < heads.length; b++)
            if (actions[b] === action)
                count++;
        if (count === 0)
            continue;
        add(groupHeading(action, count));
        add('');
        for (let b = 0; b < heads.length; b++) {
            if (actions[b] !== action)
                continue;
            const to = b + 1 < heads.length ? heads[b + 1] : end;
            for (let i = heads[b]; i < to; i++)
                order[k++] = i;
            // Every block ends with a blank line, wherever it goes.
            if (!view.isBlank(to - 1))
                add('');
        }
    }
    for (let i = end; i < n; i++)
        order[k++] = i;
    return { order: order.subarray(0, k), added };
}
const ACTIONS_INTROS = (/* unused pure expression or super */ null && ([
    ' will perform the following actions:',
    ' planned the following actions, but then encountered a problem:'
]));
/** `groupResourceLines` over a diff-line table: a new table in the grouped order, or `table` when nothing moves. */
function display_groupTableResources(table) {
    const { text, from, end, symbol } = table;
    const atColumn0 = (i) => {
        const c = text.charCodeAt(from[i]);
        return symbol[i] === 0 && from[i] < end[i] && c !== SPACE && !isSpaceCode(c);
    };
    const view = {
        count: table.count,
        isActionsIntro: (i) => atColumn0(i) && ACTIONS_INTROS.some((s) => end[i] - from[i] > s.length && text.startsWith(s, end[i] - s.length)),
        isBlank: (i) => symbol[i] === 0 && from[i] === end[i],
        // A special character at column 0 (symbol 1) is top-level text as well, such as a rule.
        isTopLevel: (i) => symbol[i] === SYM_SPACE || atColumn0(i),
        headerAction: (i) => {
            if (symbol[i] !== 0)
                return undefined;
            let at = from[i];
            while (at < end[i] && at - from[i] <= 3 && text.charCodeAt(at) === SPACE)
                at++;
            const indent = at - from[i];
            if (indent < 1 || indent > 3 || text.charCodeAt(at) !== 0x23 || text.charCodeAt(at + 1) !== SPACE)
                return undefined;
            const header = parseHeaderText(text.slice(at + 2, end[i]));
            return header.kind === 'resource' ? header.resource.action : undefined;
        }
    };
    const grouping = groupResourceLines(view);
    if (!grouping)
        return table;
    const { order, added } = grouping;
    const count = order.length;
    const nf = new Int32Array(count);
    const ne = new Int32Array(count);
    const ns = new Uint8Array(count);
    const np = new Int32Array(count);
    for (let k = 0; k < count; k++) {
        const o = order[k];
        if (o >= 0) {
            nf[k] = from[o];
            ne[k] = end[o];
            ns[k] = symbol[o];
            np[k] = table.pad[o];
        }
        else {
            nf[k] = ne[k] = -1 - o;
            ns[k] = ADDED;
        }
    }
    // The added lines are ASCII (headings and blanks): the text stays as ASCII as it was.
    return new DiffLineTable(text, count, nf, ne, ns, np, added, table.isAscii());
}
/** `toDiffLines` with the planned resources grouped by action (`groupResourceLines`), built as strings. */
function display_toGroupedDiffLines(body) {
    const table = display_groupTableResources(display_diffLineTable(body));
    const out = new Array(table.count);
    for (let i = 0; i < table.count; i++)
        out[i] = table.line(i);
    return out;
}

;// CONCATENATED MODULE: ./src/core/render/budget.ts
/**
 * Size accounting for GitHub's limits. A comment body may hold 65,536 characters and a step's job summary 1 MiB.
 * We measure in UTF-8 bytes: that is never less than the UTF-16 length or the code-point count, so a text that fits
 * by our count fits however GitHub counts, and it is exactly what the job-summary upload limits.
 */
/** GitHub rejects a comment body longer than this (422 "body is too long (maximum is 65536 characters)"). */
const GITHUB_COMMENT_LIMIT = 65_536;
/** Room left for what the comment poster adds (part markers, a footer) and for counting differences. */
const COMMENT_SAFETY_MARGIN = 1_536;
/** The default budget of a rendered comment. */
const COMMENT_BUDGET = GITHUB_COMMENT_LIMIT - COMMENT_SAFETY_MARGIN;
/** A step's job summary upload is aborted above 1 MiB ("supports content up to a size of 1024k"). */
const JOB_SUMMARY_LIMIT = 1_048_576;
/** The size of `text` as counted against the budgets: its UTF-8 length. */
function textSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The size of `lines` joined with `\n`. */
function linesSize(lines) {
    let total = lines.length > 0 ? lines.length - 1 : 0;
    for (const line of lines)
        total += textSize(line);
    return total;
}
/** UTF-8 bytes of the code unit at `i` (a full surrogate pair counts 4 and spans two units). */
function unitBytes(text, i) {
    const c = text.charCodeAt(i);
    if (c < 0x80)
        return [1, 1];
    if (c < 0x800)
        return [2, 1];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return [4, 2];
    }
    return [3, 1];
}
/**
 * Shortens `text` to at most `maxChars` (by `textSize`), ending with `ellipsis`, without splitting a surrogate pair.
 * Returns `text` unchanged when it fits and '' when not even the ellipsis fits.
 */
function cutToSize(text, maxChars, ellipsis = '…') {
    if (textSize(text) <= maxChars)
        return text;
    const room = maxChars - textSize(ellipsis);
    if (room < 0)
        return '';
    let used = 0;
    let i = 0;
    while (i < text.length) {
        const [bytes, units] = unitBytes(text, i);
        if (used + bytes > room)
            break;
        used += bytes;
        i += units;
    }
    return text.slice(0, i) + ellipsis;
}
/** Formats a count with thousands separators, independent of the machine's locale. */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/**
 * The default note that replaces a run of cut lines: the first one says where the full text is, later ones (often
 * many short runs between kept resource headers) only how much was cut.
 */
const defaultCutNote = (cut, first) => `… ${formatCount(cut)} ${cut === 1 ? 'line' : 'lines'} cut${first ? ' here, full plan in the job summary' : ''} …`;
/** `prefix` for `LineSource`: running sizes of `lines`, each with its newline. */
function budget_linePrefixSizes(lines) {
    const prefix = new Float64Array(lines.length + 1);
    for (let i = 0; i < lines.length; i++)
        prefix[i + 1] = prefix[i] + textSize(lines[i]) + 1;
    return prefix;
}
/**
 * Cuts the middle of `lines` so that they, joined with `\n`, fit in `maxChars`. It keeps, in this order of priority:
 * the first lines (up to a quarter of the budget), every line for which `keep` is true (working inwards from both
 * ends of the list when not all fit), then more lines from both ends. Each run of cut lines becomes one note line;
 * a run is left in place when it is no longer than its note. Lines are never split, so neither are surrogate pairs.
 */
function truncateMiddleWithStats(lines, maxChars, keep, options = {}) {
    const source = {
        count: lines.length,
        prefix: budget_linePrefixSizes(lines),
        line: (i) => lines[i],
        keptLines: () => {
            const kept = [];
            for (let i = 0; i < lines.length; i++)
                if (keep(lines[i]))
                    kept.push(i);
            return kept;
        }
    };
    return truncateLines(source, maxChars, options);
}
/**
 * `truncateMiddleWithStats` over a `LineSource`. The selection is always the first lines, the last lines and kept
 * lines from both ends of the kept list, so each candidate is measured from the prefix sizes in time proportional to
 * the kept lines inside the cut region, not to all lines.
 */
function truncateLines(source, maxChars, options = {}) {
    const n = source.count;
    const prefix = source.prefix;
    const note = options.note ?? defaultCutNote;
    if (prefix[n] - 1 <= maxChars)
        return { lines: Array.from({ length: n }, (_, i) => source.line(i)), cutLines: 0 };
    const noteCosts = [new Map(), new Map()];
    const noteCost = (count, first) => {
        const cache = noteCosts[first ? 0 : 1];
        let cost = cache.get(count);
        if (cost === undefined)
            cache.set(count, (cost = textSize(note(count, first)) + 1));
        return cost;
    };
    // Kept lines are taken inwards from both ends of the kept list (the `Plan:` line sits at the end, resource headers
    // start at the top): the first k of them are the last ceil(k/2) and the first floor(k/2).
    const kept = source.keptLines();
    const m = kept.length;
    /** The first index j in [lo, hi) with kept[j] >= x (hi when none). */
    const firstAtLeast = (lo, hi, x) => {
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (kept[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    /**
     * Measures the selection of the first `head` lines, the last `tail` lines and `keptCount` kept lines: its size
     * joined with `\n`, the lines cut, and the output lines when `out` is given.
     */
    const measure = (head, tail, keptCount, out) => {
        const headEnd = Math.min(head, n);
        const tailStart = Math.max(0, n - tail);
        if (headEnd >= tailStart) {
            if (out)
                for (let i = 0; i < n; i++)
                    out.push(source.line(i));
            return { size: prefix[n] - 1, cutLines: 0 };
        }
        if (out)
            for (let i = 0; i < headEnd; i++)
                out.push(source.line(i));
        let size = prefix[headEnd];
        let cutLines = 0;
        let first = true;
        let next = headEnd;
        const gap = (end) => {
            const count = end - next;
            const run = prefix[end] - prefix[next];
            const cost = noteCost(count, first);
            if (run <= cost) {
                // A run no longer than its note stays.
                size += run;
                if (out)
                    for (let i = next; i < end; i++)
                        out.push(source.line(i));
            }
            else {
                size += cost;
                cutLines += count;
                out?.push(note(count, first));
                first = false;
            }
        };
        const visit = (i) => {
            if (i > next)
                gap(i);
            size += prefix[i + 1] - prefix[i];
            out?.push(source.line(i));
            next = i + 1;
        };
        const fromStart = keptCount >>> 1;
        const fromEnd = keptCount - fromStart;
        for (let j = firstAtLeast(0, fromStart, headEnd); j < fromStart && kept[j] < tailStart; j++)
            visit(kept[j]);
        for (let j = firstAtLeast(m - fromEnd, m, headEnd); j < m && kept[j] < tailStart; j++)
            visit(kept[j]);
        if (tailStart > next)
            gap(tailStart);
        size += prefix[n] - prefix[tailStart];
        if (out)
            for (let i = tailStart; i < n; i++)
                out.push(source.line(i));
        return { size: size - 1, cutLines };
    };
    const fits = (head, tail, keptCount) => measure(head, tail, keptCount).size <= maxChars;
    /** Largest x in [0, hi] with ok(x), given ok(0); keeps only values that were checked to fit. */
    const largest = (hi, ok) => {
        let lo = 0;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (ok(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    if (!fits(0, 0, 0))
        return { lines: [], cutLines: n };
    const headBudget = maxChars * (options.headShare ?? 0.25);
    // The most first lines within the head budget (prefix only grows).
    let headCap = 0;
    for (let lo = 0, hi = n; lo < hi;) {
        const mid = Math.ceil((lo + hi) / 2);
        if (prefix[mid] <= headBudget)
            lo = headCap = mid;
        else
            hi = mid - 1;
    }
    const head = largest(headCap, (h) => fits(h, 0, 0));
    const keptCount = largest(m, (k) => fits(head, 0, k));
    const grow = largest(n, (g) => fits(head + g, g, keptCount));
    const moreHead = largest(n, (e) => fits(head + grow + e, grow, keptCount));
    const moreTail = largest(n, (e) => fits(head + grow + moreHead, grow + e, keptCount));
    const out = [];
    const { cutLines } = measure(head + grow + moreHead, grow + moreTail, keptCount, out);
    return { lines: out, cutLines };
}
/** `truncateMiddleWithStats` returning only the lines. */
function truncateMiddle(lines, maxChars, keep, options = {}) {
    return truncateMiddleWithStats(lines, maxChars, keep, options).lines;
}

;// CONCATENATED MODULE: ./src/core/render/markdown.ts
/**
 * Safe-markdown primitives shared by every action's comments and job summaries.
 *
 * The rule they enforce: text that comes from plans, YAML, APIs or users is either fenced (with a fence longer than
 * any backtick run inside it, so nothing in it can close the block) or escaped for both HTML and markdown, with
 * `@mentions` and issue references broken so a rendered comment never pings anyone or cross-links an issue.
 */
/** Marks trusted markdown/HTML so `table` and `details` pass it through as is. */
const raw = (text) => ({ raw: text });
const isRaw = (value) => typeof value !== 'string';
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes the five HTML-significant characters. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
/** Joins the lines of `text` with single spaces, dropping the whitespace around each break and empty lines. */
function singleLine(text) {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length === 1)
        return text;
    const last = lines.length - 1;
    return lines
        .map((line, i) => (i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim()))
        .filter((line, i) => line !== '' || i === 0 || i === last)
        .join(' ')
        .trim();
}
/** Zero-width joiner: invisible, but breaks GitHub's mention and issue-reference autolinking. */
const ZWJ = '\u200d';
/**
 * Breaks `@user`, `@org/team`, `#123`, `owner/repo#123` and `GH-123` so GitHub neither notifies anyone nor adds a
 * cross-reference to an issue. A zero-width joiner goes after the `@`, `#` or `GH-`; e-mail addresses
 * (`sa@project.iam.gserviceaccount.com`), which GitHub does not link, are left alone.
 */
function neutralizeReferences(text) {
    return text
        .replace(/(?<![A-Za-z0-9])@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${ZWJ}`);
}
/**
 * Escapes text for one line of inline markdown such as a table cell or a title: newlines become spaces, HTML is
 * escaped, markdown punctuation that could format, link or split a table (`\ ` * _ [ ] ~ |`) is backslash-escaped,
 * and references are neutralised. An underscore between two letters or digits cannot open or close emphasis in
 * CommonMark, so `null_resource.a_b` stays readable.
 */
function escapeMarkdownInline(text) {
    return neutralizeReferences(singleLine(text))
        .replace(/[&<>"]/g, (c) => HTML_ESCAPES[c])
        .replace(/[\\`*[\]~|]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g, (c) => `\\${c}`);
}
/** The longest run of `char` (one UTF-16 code unit) in `text` (0 when absent). */
function markdown_longestRun(text, char) {
    if (char.length !== 1)
        return 0;
    let longest = 0;
    // Jump from one occurrence to the next: plan text rarely has any.
    for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i)) {
        let end = i + 1;
        while (end < text.length && text[end] === char)
            end++;
        if (end - i > longest)
            longest = end - i;
        i = end;
    }
    return longest;
}
/** The backtick fence for `text`: at least three, and longer than any backtick run inside it. */
function markdown_fenceFor(text) {
    return '`'.repeat(Math.max(3, markdown_longestRun(text, '`') + 1));
}
/**
 * A fenced code block that `text` cannot close: the fence is longer than any backtick run inside. Line endings are
 * normalised to `\n` (a lone `\r` is a line break to CommonMark) and one trailing newline is dropped. Inside a fence
 * GitHub shows `</details>`, `<script>` and `@user` as literal text and links nothing.
 */
function fence(text, lang = '', ticks = markdown_fenceFor(text)) {
    let body = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    if (body.endsWith('\n'))
        body = body.slice(0, -1);
    const info = lang.replace(/[^A-Za-z0-9_+.-]/g, '');
    return `${ticks}${info}\n${body}\n${ticks}`;
}
/**
 * Inline code that its content cannot close. Newlines become spaces and references are neutralised (GitHub does not
 * link them inside code, but copying a ZWJ is a small price for one rule everywhere outside fences). Inside a table
 * pass `inTable`: GFM splits rows on `|` before it sees code spans, so pipes are escaped there.
 */
function codeSpan(text, inTable = false) {
    let body = neutralizeReferences(singleLine(text));
    if (inTable)
        body = body.replace(/\|/g, '\\|');
    const ticks = '`'.repeat(markdown_longestRun(body, '`') + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/**
 * Code-styled text as `<code>` HTML with the content escaped for HTML and markdown (references neutralised), so it is
 * safe anywhere inline, table cells included, and no `<` from the text ever reaches the page. Unlike a backtick code
 * span, this keeps one simple rule for everything outside fences: every `<` there is one of ours.
 */
function inlineCode(text) {
    return `<code>${escapeMarkdownInline(text)}</code>`;
}
/**
 * A collapsible block. The summary is plain text (escaped for HTML, references neutralised, kept on one line) unless
 * passed as `raw(...)`. The blank line after `</summary>` lets GitHub render the body as markdown, and the blank line
 * before `</details>` ends any paragraph or list in it.
 */
function details(summary, body, open = false) {
    const head = isRaw(summary) ? summary.raw : escapeHtml(neutralizeReferences(singleLine(summary)));
    return `<details${open ? ' open' : ''}><summary>${head}</summary>\n\n${body}\n\n</details>`;
}
const ALIGN_ROW = { left: ':---', center: ':---:', right: '---:' };
/**
 * A GFM table. Plain-string cells are escaped with `escapeMarkdownInline`; `raw(...)` cells are trusted but still
 * kept on one line (use `codeSpan(text, true)` for code in a cell). Rows shorter than the header are padded.
 */
function table(headers, rows, align) {
    const cell = (value) => {
        if (value === undefined)
            return '';
        return isRaw(value) ? singleLine(value.raw) : escapeMarkdownInline(value);
    };
    const line = (cells) => `| ${headers.map((_, i) => cell(cells[i])).join(' | ')} |`;
    const rule = `|${headers.map((_, i) => (align?.[i] ? ALIGN_ROW[align[i]] : '---')).join('|')}|`;
    return [line(headers), rule, ...rows.map(line)].join('\n');
}
const MARKER_PREFIX = 'gitops-actions';
const DATA_PREFIX = `${MARKER_PREFIX}-data:`;
const percentEncode = (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
/** Keeps a marker key inside its comment: anything but a safe set is percent-encoded, and `--` never appears. */
function markerKey(key) {
    return key
        .replace(/[^A-Za-z0-9._/:=+@-]/gu, (c) => percentEncode(c))
        .replace(/-(?=-)/g, '%2D')
        .replace(/-$/, '%2D');
}
/** The hidden marker that identifies what an action owns: `<!-- gitops-actions:<action>:<key> -->`. */
function marker(action, key) {
    return `<!-- ${MARKER_PREFIX}:${markerKey(action)}:${markerKey(key)} -->`;
}
/**
 * A hidden HTML comment carrying `payload` as JSON. `<` and `>` are written as `\u003c`/`\u003e` and `--` as
 * `-\u002d` (both only possible inside JSON strings), so the comment cannot end early or nest.
 */
function markerData(payload) {
    const json = JSON.stringify(payload).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
    return `<!-- ${DATA_PREFIX}${json} -->`;
}
/** The payload of the first `markerData` comment in `body`, or undefined when there is none or it is not JSON. */
function parseMarkerData(body) {
    const match = /<!-- gitops-actions-data:([^>]*?) -->/.exec(body);
    if (!match)
        return undefined;
    try {
        return JSON.parse(match[1]);
    }
    catch {
        return undefined;
    }
}
/**
 * A markdown link when `url` is http(s), with characters that could end the link destination percent-encoded;
 * otherwise the escaped text alone. `text` is plain text unless passed as `raw(...)`.
 */
function markdown_link(text, url) {
    const label = isRaw(text) ? text.raw : escapeMarkdownInline(text);
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return label;
    const safe = url.replace(/[()<>"'`\\[\]]/g, (c) => percentEncode(c));
    return `[${label}](${safe})`;
}

;// CONCATENATED MODULE: ./src/core/render/plan-body.ts
/**
 * A unit's plan body as ```diff lines, prepared once for every render of a report: line sizes (prefix sums), the key
 * lines a cut keeps, the fence and the joined text are computed at most once. A plan body of millions of lines is
 * described by a `DiffLineTable` and only the lines a render shows are built as strings.
 */



/** Characters that may come before the first character of a key line: whitespace, `+ ! ~ -` and box drawing. */
function isKeySkip(c) {
    if (c < 0x80) {
        return (c === 0x20 ||
            (c >= 0x09 && c <= 0x0d) ||
            c === 0x2b || // +
            c === 0x21 || // !
            c === 0x7e || // ~
            c === 0x2d || // -
            c === 0x7c // |
        );
    }
    return c === 0x2502 || c === 0x2577 || c === 0x2575 || isSpaceCode(c); // │ ╷ ╵
}
/** `#` (headers), `P` (`Plan:`, `Planning failed`), `C` (`Changes to Outputs:`), `N` (`No changes.`), `E` (`Error`). */
const isKeyFirst = (c) => c === 0x23 || c === 0x50 || c === 0x43 || c === 0x4e || c === 0x45;
/**
 * Whether `text.slice(start, end)` could be a key line: its first character past whitespace, `+ ! ~ -` and box
 * drawing starts a header, `Plan:`, `Changes to Outputs:`, `No changes.`, `Planning failed` or `Error`. Every key
 * line passes; most other lines fail on their first characters, before any regular expression runs.
 */
function mayBeKeyLine(text, start, end) {
    let i = start;
    while (i < end && isKeySkip(text.charCodeAt(i)))
        i++;
    return i < end && isKeyFirst(text.charCodeAt(i));
}
/**
 * Lines a cut body must keep: resource headers (and their moved/imported notes), the headings of the action groups,
 * the `Plan:` line and errors.
 */
function isKeyPlanLine(line) {
    return (mayBeKeyLine(line, 0, line.length) &&
        (/^# --- [\d,]+ to [a-z -]+ ---$/.test(line) ||
            /^[\s+!~-]*#\s+(?:\((?:moved from|imported from)\b|\S.*\s(?:will be|must be|has moved to|has changed|has been|will no longer be|is tainted)\b)/.test(line) ||
            /^\s*(?:Plan:|Changes to Outputs:|No changes\.|Planning failed)/.test(line) ||
            /^[\s│╷╵|]*Error\b/.test(line)));
}
/** Splits lines that hold line breaks (`\r\n`, `\r` or `\n`) into several; returns `lines` when none does. */
function splitBreaks(lines) {
    let out;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.includes('\n') || line.includes('\r')) {
            out ??= lines.slice(0, i);
            for (const part of line.split(/\r\n|\r|\n/))
                out.push(part);
        }
        else {
            out?.push(line);
        }
    }
    return out ?? lines;
}
class LinesBody {
    count;
    prefix;
    hasContent;
    lines;
    kept;
    fence;
    joined;
    constructor(lines) {
        this.lines = splitBreaks(lines);
        this.count = this.lines.length;
        this.prefix = linePrefixSizes(this.lines);
        this.hasContent = this.lines.some((line) => /\S/.test(line));
    }
    line(i) {
        return this.lines[i];
    }
    keptLines() {
        if (!this.kept) {
            this.kept = [];
            for (let i = 0; i < this.count; i++)
                if (isKeyPlanLine(this.lines[i]))
                    this.kept.push(i);
        }
        return this.kept;
    }
    ticks() {
        // Backtick runs never cross the newlines that join the lines.
        if (this.fence === undefined) {
            let longest = 0;
            for (const line of this.lines)
                longest = Math.max(longest, longestRun(line, '`'));
            this.fence = '`'.repeat(Math.max(3, longest + 1));
        }
        return this.fence;
    }
    text() {
        return (this.joined ??= this.lines.join('\n'));
    }
}
class TableBody {
    count;
    prefix;
    hasContent;
    table;
    kept;
    fence;
    joined;
    constructor(table) {
        this.table = table;
        this.count = table.count;
        const sizes = table.byteSizes();
        this.prefix = new Float64Array(this.count + 1);
        for (let i = 0; i < this.count; i++)
            this.prefix[i + 1] = this.prefix[i] + sizes[i] + 1;
        // Every non-space character of a diff line comes from the body (a moved marker included), and back.
        this.hasContent = /\S/.test(table.text);
    }
    line(i) {
        return this.table.line(i);
    }
    keptLines() {
        if (!this.kept) {
            const { text, from, end } = this.table;
            const kept = [];
            for (let i = 0; i < this.count; i++) {
                // A compound symbol (`-/+`, `<=`, …) in column 0 rules out every key line pattern.
                if (this.table.isAdded(i)) {
                    if (isKeyPlanLine(this.table.line(i)))
                        kept.push(i);
                    continue;
                }
                if (this.table.hasCompoundSymbol(i) || !mayBeKeyLine(text, from[i], end[i]))
                    continue;
                if (isKeyPlanLine(this.table.line(i)))
                    kept.push(i);
            }
            this.kept = Int32Array.from(kept);
        }
        return this.kept;
    }
    ticks() {
        // The lines hold the body's backtick runs unchanged: only spaces, change markers and line ends move or go.
        return (this.fence ??= fenceFor(this.table.text));
    }
    text() {
        return (this.joined ??= this.table.join());
    }
}
/**
 * The body of plan text (already redacted) as ```diff lines: `toLines` (default `toDiffLines`) rewrites it, and lines
 * holding line breaks are split. With the default and no `\r` in the text the lines are described, not built, and
 * the planned resources are grouped by action, destroys and replacements first (display.ts `groupResourceLines`).
 */
function planBody(text, toLines = toDiffLines) {
    if (toLines === toDiffLines && !text.includes('\r'))
        return new TableBody(groupTableResources(diffLineTable(text)));
    return new LinesBody(toLines === toDiffLines ? toGroupedDiffLines(text) : toLines(text));
}
/** A body of ready lines (diagnostics, a list of resource headers). */
function linesBody(lines) {
    return new LinesBody(lines);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/plan/json-diff.ts
/**
 * Plan text from a JSON plan alone (`show -json`, what Terragrunt's `--json-out-dir` writes): each resource change as
 * Terraform renders it, built from `before`/`after`/`after_unknown`/`before_sensitive`/`after_sensitive` and
 * `replace_paths`, with the header and the reason lines Terraform writes from `action_reason`.
 *
 * It follows Terraform's own renderer (internal/command/jsonformat): `+`/`-`/`~` per attribute, `old -> new`,
 * `-> null` for removed values, `(sensitive value)`, `(known after apply)`, heredocs with a line diff for multi-line
 * strings, `jsonencode(…)` for JSON strings, nested objects and lists indented four spaces a level, unchanged
 * attributes, elements and blocks counted in `# (N unchanged … hidden)` lines (`id`, `name` and `tags` always shown).
 * The JSON plan has no provider schema, so two things are inferred: a list of objects directly in a resource or block
 * is shown as nested blocks (`name { … }`), and an object of plain values as a map (quoted keys).
 *
 * The text is plain: the renderer fences it like any plan text, so nothing in it is trusted.
 */


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
/** Terraform's action symbols, three wide (format.DiffActionSymbol). */
const SYMBOL = { create: '  +', delete: '  -', update: '  ~', noop: '   ' };
const indentOf = (n) => '    '.repeat(n);
const sym = (a) => `${SYMBOL[a]} `;
/**
 * The change of `c[key]` (`beforeKey`/`afterKey` when the sides differ, as list elements do). `explicit`: a null that
 * is there counts as a value (JSON values, as in outputs and `jsonencode`, and list elements), not as absent.
 */
function child(c, key, explicit, beforeKey = key, afterKey = key) {
    const get = (v, k) => typeof k === 'number' ? (Array.isArray(v) ? v[k] : undefined) : isObject(v) ? v[k] : undefined;
    const before = get(c.before, beforeKey);
    const after = get(c.after, afterKey);
    return {
        before: before ?? null,
        after: after ?? null,
        beforeSet: c.beforeSet && before !== undefined && (explicit || before !== null),
        afterSet: c.afterSet && after !== undefined && (explicit || after !== null),
        unknown: get(c.unknown, afterKey),
        beforeSensitive: get(c.beforeSensitive, beforeKey),
        afterSensitive: get(c.afterSensitive, afterKey),
        replacePaths: c.replacePaths.filter((p) => p.length > 0 && p[0] === key).map((p) => p.slice(1))
    };
}
const forcesReplacement = (replace, opts) => replace && !opts.forbidReplace ? ' # forces replacement' : '';
const nullSuffix = (action, opts) => (action === 'delete' && !opts.noNullSuffix ? ' -> null' : '');
const unchanged = (what, n) => `# (${n} unchanged ${what}${n === 1 ? '' : 's'} hidden)`;
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!deepEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (isObject(a) && isObject(b)) {
        const ka = Object.keys(a);
        if (ka.length !== Object.keys(b).length)
            return false;
        for (const k of ka)
            if (!(k in b) || !deepEqual(a[k], b[k]))
                return false;
        return true;
    }
    return false;
}
/** The action of a value change from its two sides. */
function actionOf(c) {
    if (!c.beforeSet && c.afterSet)
        return 'create';
    if (c.beforeSet && !c.afterSet)
        return 'delete';
    return deepEqual(c.before, c.after) ? 'noop' : 'update';
}
/** Terraform's collections.CompareActions: a mix of child actions is an update. */
const combine = (current, next) => next === 'noop' ? current : current !== next ? 'update' : current;
function containerAction(c) {
    if (c.beforeSet && !c.afterSet)
        return 'delete';
    if (!c.beforeSet && c.afterSet)
        return 'create';
    return 'noop';
}
const replaceHere = (c) => c.replacePaths.some((p) => p.length === 0);
// ---------------------------------------------------------------------------------------------------------------
// Values
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const attributeName = (key) => (IDENTIFIER.test(key) ? key : JSON.stringify(key));
/** A sensitive or unknown value decided before looking inside it; undefined when neither. */
function special(c, compute) {
    const beforeSensitive = c.beforeSensitive === true;
    const afterSensitive = c.afterSensitive === true;
    if (beforeSensitive || afterSensitive) {
        const action = actionOf(c);
        const replace = replaceHere(c);
        return {
            action: action === 'noop' && beforeSensitive !== afterSensitive ? 'update' : action,
            replace,
            render: (_indent, opts) => `(sensitive value)${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`
        };
    }
    if (c.unknown === true) {
        const replace = replaceHere(c);
        if (!c.beforeSet) {
            return {
                action: 'create',
                replace,
                render: (_i, opts) => `(known after apply)${forcesReplacement(replace, opts)}`
            };
        }
        const before = compute({ ...c, after: null, afterSet: false, unknown: undefined, replacePaths: [] });
        return {
            action: 'update',
            replace,
            render: (indent, opts) => `${before.render(indent, { ...opts, noNullSuffix: true, forbidReplace: replace || opts.forbidReplace })} -> (known after apply)${forcesReplacement(replace, opts)}`
        };
    }
    return undefined;
}
const kindOf = (v) => v === null || v === undefined
    ? 'null'
    : Array.isArray(v)
        ? 'array'
        : typeof v === 'object'
            ? 'object'
            : typeof v === 'string'
                ? 'string'
                : typeof v === 'number'
                    ? 'number'
                    : 'bool';
/** The diff of an attribute value (no schema: its JSON types decide). `json`: inside a `jsonencode(…)` value. */
function valueDiff(c, json = false) {
    const s = special(c, (x) => valueDiff(x, json));
    if (s)
        return s;
    const bk = c.beforeSet ? kindOf(c.before) : 'null';
    const ak = c.afterSet ? kindOf(c.after) : 'null';
    if (bk !== ak && bk !== 'null' && ak !== 'null') {
        const before = valueDiff({ ...c, after: null, afterSet: false, unknown: undefined });
        const after = valueDiff({ ...c, before: null, beforeSet: false, beforeSensitive: undefined });
        return {
            action: 'update',
            replace: replaceHere(c),
            render: (indent, opts) => `${before.render(indent, { ...opts, noNullSuffix: true })} -> ${after.render(indent, { ...opts, noNullSuffix: true })}`
        };
    }
    const kind = bk === 'null' ? ak : bk;
    if (kind === 'object')
        return objectDiff(c, json);
    if (kind === 'array')
        return listDiff(c, json);
    return primitiveDiff(c, kind);
}
function primitiveText(v) {
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (typeof v === 'string')
        return JSON.stringify(v);
    return 'null';
}
function primitiveDiff(c, kind) {
    const action = actionOf(c);
    const replace = replaceHere(c);
    if (kind === 'string')
        return stringDiff(c, action, replace);
    return {
        action,
        replace,
        render: (_indent, opts) => {
            const before = primitiveText(c.before);
            const after = primitiveText(c.after);
            const r = forcesReplacement(replace, opts);
            if (action === 'create')
                return `${after}${r}`;
            if (action === 'delete')
                return `${before}${nullSuffix(action, opts)}${r}`;
            if (action === 'noop')
                return `${before}${r}`;
            return `${before} -> ${after}${r}`;
        }
    };
}
/** A string as Terraform reads it: JSON (an object or array) or multi-line (trimmed), else plain. */
function evaluate(v) {
    if (typeof v !== 'string')
        return { text: 'null', multiline: false, isNull: true };
    if (v.startsWith('{') || v.startsWith('[')) {
        try {
            return { text: v, json: JSON.parse(v), multiline: false, isNull: false };
        }
        catch {
            // not JSON after all
        }
    }
    if (v.includes('\n'))
        return { text: v.trim(), multiline: true, isNull: false };
    return { text: v, multiline: false, isNull: false };
}
const simple = (e) => (e.isNull ? e.text : JSON.stringify(e.text));
function stringDiff(c, action, replace) {
    return {
        action,
        replace,
        render: (indent, opts) => {
            const r = forcesReplacement(replace, opts);
            const noop = `${indentOf(indent + 1)}${sym('noop')}`;
            let lines;
            if (action === 'create' || action === 'noop') {
                const e = evaluate(c.after ?? c.before);
                if (e.json !== undefined)
                    return jsonString(action, replace, indent, opts, undefined, e.json);
                if (!e.multiline)
                    return `${simple(e)}${r}`;
                lines = e.text.split('\n').map((l) => noop + l);
            }
            else if (action === 'delete') {
                const e = evaluate(c.before);
                if (e.isNull)
                    return `${e.text}${r}`;
                if (e.json !== undefined)
                    return jsonString(action, replace, indent, opts, e.json, undefined);
                if (!e.multiline)
                    return `${simple(e)}${nullSuffix(action, opts)}${r}`;
                lines = e.text.split('\n').map((l) => noop + l);
            }
            else {
                const b = evaluate(c.before);
                const a = evaluate(c.after);
                if (b.json !== undefined && a.json !== undefined)
                    return jsonString(action, replace, indent, opts, b.json, a.json);
                if (b.json !== undefined || a.json !== undefined)
                    return `${simple(b)} -> ${simple(a)}${r}`;
                if (!b.multiline && !a.multiline)
                    return `${simple(b)} -> ${simple(a)}${r}`;
                const bl = b.text.split('\n');
                const al = a.text.split('\n');
                lines = [];
                const pad = indentOf(indent + 1);
                processSlice(bl, al, (bi, ai) => {
                    if (bi >= bl.length)
                        lines.push(`${pad}${sym('create')}${al[ai]}`);
                    else if (ai >= al.length)
                        lines.push(`${pad}${sym('delete')}${bl[bi]}`);
                    else if (bl[bi] !== al[ai])
                        lines.push(`${pad}${sym('delete')}${bl[bi]}`, `${pad}${sym('create')}${al[ai]}`);
                    else
                        lines.push(`${pad}${sym('noop')}${bl[bi]}`);
                });
            }
            return `<<-EOT${r}\n${lines.join('\n')}\n${indentOf(indent)}${sym('noop')}EOT${nullSuffix(action, opts)}`;
        }
    };
}
/** A JSON string shown as `jsonencode(…)` with a diff of its decoded value. */
function jsonString(action, replace, indent, opts, before, after) {
    const inner = valueDiff({
        before: before ?? null,
        after: after ?? null,
        beforeSet: action !== 'create' && before !== undefined && before !== null,
        afterSet: action !== 'delete' && after !== undefined && after !== null,
        unknown: undefined,
        beforeSensitive: undefined,
        afterSensitive: undefined,
        replacePaths: []
    }, true);
    let shown = action;
    let whitespace = '';
    let r = '';
    const innerOpts = { ...opts, noNullSuffix: true };
    if (inner.action === 'noop' && action === 'update') {
        whitespace = replace ? ' # whitespace changes force replacement' : ' # whitespace changes';
        innerOpts.showUnchanged = true;
        shown = 'noop';
    }
    else
        r = forcesReplacement(replace, opts);
    const text = inner.render(indent + 1, innerOpts);
    if (action === 'create' || action === 'delete')
        shown = 'noop';
    if (text.includes('\n')) {
        return `jsonencode(${whitespace}\n${indentOf(indent + 1)}${sym(shown)}${text}${r}\n${indentOf(indent)}${sym('noop')})${nullSuffix(action, opts)}`;
    }
    return `jsonencode(${text})${whitespace}${r}`;
}
/** Keys of both sides, sorted as Terraform sorts them (by code unit, like Go's sort.Strings on UTF-8). */
function keysOf(c) {
    const keys = new Set();
    if (isObject(c.before))
        for (const k of Object.keys(c.before))
            keys.add(k);
    if (isObject(c.after))
        for (const k of Object.keys(c.after))
            keys.add(k);
    if (isObject(c.unknown))
        for (const k of Object.keys(c.unknown))
            keys.add(k);
    return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
const isPlain = (v) => v === null || typeof v !== 'object';
/** An object of plain values is shown as a map (quoted keys), any other as an object (attribute names). */
function isMapLike(c, json) {
    if (json)
        return false;
    const values = [
        ...(isObject(c.before) ? Object.values(c.before) : []),
        ...(isObject(c.after) ? Object.values(c.after) : [])
    ];
    return values.every(isPlain);
}
function objectDiff(c, json) {
    const map = isMapLike(c, json);
    const elements = new Map();
    let action = containerAction(c);
    for (const key of keysOf(c)) {
        const k = child(c, key, json);
        if (!k.beforeSet && !k.afterSet && k.unknown !== true)
            continue;
        const d = valueDiff(k, json);
        elements.set(key, d);
        action = combine(action, d.action);
    }
    const replace = replaceHere(c);
    return {
        action,
        replace,
        object: !map,
        render: (indent, opts) => {
            if (elements.size === 0)
                return `{}${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`;
            const names = new Map([...elements.keys()].map((k) => [k, map ? JSON.stringify(k) : attributeName(k)]));
            const width = Math.max(...[...names.values()].map((n) => n.length));
            // Maps: elements of a removed map carry no `-> null` of their own; objects: every removed attribute does
            // (JSON values, as in outputs and jsonencode, never do).
            const childOpts = { ...opts, noNullSuffix: json || (map && action === 'delete') };
            const out = [`{${forcesReplacement(replace, opts)}`];
            let hidden = 0;
            for (const [key, d] of elements) {
                const important = !map && (key === 'id' || key === 'name' || key === 'tags');
                if (d.action === 'noop' && !opts.showUnchanged && !important) {
                    hidden++;
                    continue;
                }
                const o = important ? { ...childOpts, showUnchanged: true } : childOpts;
                const comma = map && d.object ? ',' : '';
                out.push(`${indentOf(indent + 1)}${sym(d.action)}${names.get(key).padEnd(width)} = ${d.render(indent + 1, o)}${comma}`);
            }
            if (hidden > 0)
                out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged(map ? 'element' : 'attribute', hidden)}`);
            out.push(`${indentOf(indent)}${sym('noop')}}${nullSuffix(action, opts)}`);
            return out.join('\n');
        }
    };
}
function listDiff(c, json) {
    const before = Array.isArray(c.before) && c.beforeSet ? c.before : [];
    const after = Array.isArray(c.after) && c.afterSet ? c.after : [];
    const elements = [];
    let action = containerAction(c);
    processSlice(before, after, (bi, ai) => {
        const e = valueDiff(elementChange(c, bi, ai, before.length, after.length), json);
        elements.push(e);
        action = combine(action, e.action);
    }, isObject);
    const replace = replaceHere(c);
    return {
        action,
        replace,
        render: (indent, opts) => {
            if (elements.length === 0)
                return `[]${nullSuffix(action, opts)}${forcesReplacement(replace, opts)}`;
            const elementOpts = { ...opts, noNullSuffix: true };
            const unchangedOpts = { ...opts, showUnchanged: true };
            const out = [`[${forcesReplacement(replace, opts)}`];
            const pad = indentOf(indent + 1);
            let skipped = [];
            let renderNext = false;
            for (const e of elements) {
                if (e.action === 'noop' && !renderNext && !opts.showUnchanged) {
                    skipped.push(e);
                    continue;
                }
                renderNext = false;
                let o = elementOpts;
                if (skipped.length > 1)
                    out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length - 1)}`);
                if (skipped.length > 0) {
                    const last = skipped[skipped.length - 1];
                    out.push(`${pad}${sym(last.action)}${last.render(indent + 1, unchangedOpts)},`);
                }
                skipped = [];
                if (e.action === 'noop')
                    o = unchangedOpts;
                else
                    renderNext = true;
                out.push(`${pad}${sym(e.action)}${e.render(indent + 1, o)},`);
            }
            if (skipped.length > 0)
                out.push(`${pad}${sym('noop')}${unchanged('element', skipped.length)}`);
            out.push(`${indentOf(indent)}${sym('noop')}]${nullSuffix(action, opts)}`);
            return out.join('\n');
        }
    };
}
/** The change of a list element: `bi`/`ai` past the end of their side mean the element is created/removed. */
function elementChange(c, bi, ai, nb, na) {
    const inBefore = bi < nb;
    const inAfter = ai < na;
    const e = child(c, inAfter ? ai : bi, true, inBefore ? bi : -1, inAfter ? ai : -1);
    return {
        ...e,
        beforeSet: inBefore && e.beforeSet,
        afterSet: inAfter && e.afterSet,
        // Terraform never sets replace paths below lists.
        replacePaths: []
    };
}
/**
 * Terraform's collections.ProcessSlice: equal lengths that are not a reorder pair up by index; otherwise the longest
 * common subsequence (deep equality) stays and the rest is removed then added, objects at the same place paired.
 * Calls `process(beforeIndex, afterIndex)` with an index past the end of a side for a missing element.
 */
function processSlice(before, after, process, isObj) {
    if (before.length === after.length && !isReorder(before, after)) {
        for (let i = 0; i < before.length; i++)
            process(i, i);
        return;
    }
    const lcs = longestCommonSubsequence(before, after);
    let bi = 0;
    let ai = 0;
    let li = 0;
    while (bi < before.length || ai < after.length || li < lcs.length) {
        while (bi < before.length && (li >= lcs.length || !deepEqual(before[bi], lcs[li]))) {
            const objectDiff = isObj !== undefined &&
                isObj(before[bi]) &&
                ai < after.length &&
                isObj(after[ai]) &&
                (li >= lcs.length || !deepEqual(after[ai], lcs[li]));
            if (objectDiff) {
                process(bi++, ai++);
                continue;
            }
            process(bi++, after.length);
        }
        while (ai < after.length && (li >= lcs.length || !deepEqual(after[ai], lcs[li])))
            process(before.length, ai++);
        if (li < lcs.length) {
            process(bi++, ai++);
            li++;
        }
    }
}
function isReorder(before, after) {
    if (before.length !== after.length)
        return false;
    return before.every((b) => after.some((a) => deepEqual(a, b)));
}
/** Above this many cells the line diff gives up on a common subsequence (all removed, then all added). */
const LCS_MAX_CELLS = 4_000_000;
/** Terraform's objchange.LongestCommonSubsequence, step for step (the same ties, so the same diff). */
function longestCommonSubsequence(xs, ys) {
    if (xs.length === 0 || ys.length === 0)
        return [];
    if (xs.length * ys.length > LCS_MAX_CELLS)
        return [];
    const w = xs.length;
    const c = new Int32Array(xs.length * ys.length);
    const eqs = new Uint8Array(xs.length * ys.length);
    for (let y = 0; y < ys.length; y++) {
        for (let x = 0; x < xs.length; x++) {
            if (deepEqual(xs[x], ys[y])) {
                eqs[w * y + x] = 1;
                c[w * y + x] = x === 0 || y === 0 ? 1 : c[w * (y - 1) + (x - 1)] + 1;
            }
            else {
                const l = x > 0 ? c[w * y + (x - 1)] : 0;
                const u = y > 0 ? c[w * (y - 1) + x] : 0;
                c[w * y + x] = l > u ? l : u;
            }
        }
    }
    const seq = [];
    let x = xs.length - 1;
    let y = ys.length - 1;
    while (x > -1 && y > -1) {
        if (eqs[w * y + x]) {
            seq.push(xs[x]);
            x--;
            y--;
        }
        else {
            const l = x > 0 ? c[w * y + (x - 1)] : 0;
            const u = y > 0 ? c[w * (y - 1) + x] : 0;
            if (l > u)
                x--;
            else
                y--;
        }
    }
    return seq.reverse();
}
// ---------------------------------------------------------------------------------------------------------------
// Blocks
/** A list of objects directly in a block: shown as nested blocks. */
const isBlockList = (v) => Array.isArray(v) && v.length > 0 && v.every(isObject);
/** The diff of a resource (or nested block) body. */
function blockDiff(c, showUnchanged) {
    const s = special(c, (x) => blockDiff(x, showUnchanged));
    if (s)
        return s;
    const attributes = new Map();
    const blocks = new Map();
    let action = containerAction(c);
    for (const key of keysOf(c)) {
        const k = child(c, key, false);
        const beforeBlocks = k.beforeSet && isBlockList(k.before);
        const afterBlocks = k.afterSet && isBlockList(k.after);
        const neither = (!k.beforeSet || Array.isArray(k.before)) && (!k.afterSet || Array.isArray(k.after));
        if ((beforeBlocks || afterBlocks) &&
            neither &&
            k.beforeSensitive !== true &&
            k.afterSensitive !== true &&
            k.unknown !== true) {
            const before = beforeBlocks ? k.before : [];
            const after = afterBlocks ? k.after : [];
            const list = [];
            processSlice(before, after, (bi, ai) => {
                const e = elementChange(k, bi, ai, before.length, after.length);
                e.replacePaths = k.replacePaths
                    .filter((p) => p.length > 0 && p[0] === (ai < after.length ? ai : bi))
                    .map((p) => p.slice(1));
                const d = blockDiff(e, showUnchanged);
                list.push(d);
                action = combine(action, d.action);
            }, isObject);
            blocks.set(key, list);
            continue;
        }
        if (!k.beforeSet && !k.afterSet && k.unknown !== true)
            continue;
        const d = valueDiff(k);
        attributes.set(key, d);
        action = combine(action, d.action);
    }
    const replace = replaceHere(c);
    return {
        action,
        replace,
        render: (indent, opts) => {
            if (attributes.size === 0 && blocks.size === 0)
                return `{}${forcesReplacement(replace, opts)}`;
            const all = { ...opts, showUnchanged: opts.showUnchanged || showUnchanged };
            const width = Math.max(0, ...[...attributes.keys()].map((k) => attributeName(k).length));
            const out = [`{${forcesReplacement(replace, opts)}`];
            let hidden = 0;
            for (const [key, d] of attributes) {
                const important = key === 'id' || key === 'name' || key === 'tags';
                if (!important && d.action === 'noop' && !all.showUnchanged) {
                    hidden++;
                    continue;
                }
                const o = { ...all, noNullSuffix: false, showUnchanged: all.showUnchanged || important };
                out.push(`${indentOf(indent + 1)}${sym(d.action)}${attributeName(key).padEnd(width)} = ${d.render(indent + 1, o)}`);
            }
            if (hidden > 0)
                out.push(`${indentOf(indent + 1)}${sym('noop')}${unchanged('attribute', hidden)}`);
            let hiddenBlocks = 0;
            for (const [key, list] of blocks) {
                let first = true;
                for (const d of list) {
                    if (d.action === 'noop' && !all.showUnchanged) {
                        hiddenBlocks++;
                        continue;
                    }
                    if (first && attributes.size > 0)
                        out.push('');
                    first = false;
                    out.push(`${indentOf(indent + 1)}${sym(d.action)}${attributeName(key)} ${d.render(indent + 1, { ...all, noNullSuffix: false })}`);
                }
            }
            if (hiddenBlocks > 0)
                out.push('', `${indentOf(indent + 1)}${sym('noop')}${unchanged('block', hiddenBlocks)}`);
            out.push(`${indentOf(indent)}${sym('noop')}}`);
            return out.join('\n');
        }
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Resources
/** The symbol of a resource's actions at column 0 (`+`, `-/+`, `<=`, …), as in the text plan. */
function resourceSymbol(actions) {
    const key = actions.join(',');
    switch (key) {
        case 'create':
            return '  +';
        case 'delete':
            return '  -';
        case 'update':
            return '  ~';
        case 'delete,create':
            return '-/+';
        case 'create,delete':
            return '+/-';
        case 'read':
            return ' <=';
        case 'forget':
            return '  .';
        case 'create,forget':
            return '+/.';
        case 'forget,create':
            return './+';
        default:
            return '   ';
    }
}
function jsonIndexText(index) {
    return typeof index === 'string' ? JSON.stringify(index) : String(index);
}
/** The `# … will be …` header and the reason lines Terraform writes above a resource (resourceChangeComment). */
function resourceComment(rc, action, tool = 'Terraform') {
    const change = isObject(rc.change) ? rc.change : {};
    const address = str(rc.address) ?? '';
    const deposed = str(rc.deposed);
    const addr = deposed ? `${address} (deposed object ${deposed})` : address;
    const reason = str(rc.action_reason);
    const previous = str(rc.previous_address);
    const importing = isObject(change.importing) ? change.importing : undefined;
    const lines = [];
    let printedMoved = false;
    let printedImported = false;
    const actions = (Array.isArray(change.actions) ? change.actions : []).join(',');
    switch (action) {
        case 'create':
            lines.push(`  # ${addr} will be created`);
            break;
        case 'read':
            lines.push(`  # ${addr} will be read during apply`);
            if (reason === 'read_because_config_unknown')
                lines.push('  # (config refers to values not yet known)');
            if (reason === 'read_because_dependency_pending')
                lines.push('  # (depends on a resource or a module with changes pending)');
            if (reason === 'read_because_check_nested')
                lines.push('  # (config will be reloaded to verify a check block)');
            break;
        case 'update':
            lines.push(`  # ${addr} will be updated in-place`);
            break;
        case 'replace':
            if (actions === 'create,forget' || actions === 'forget,create') {
                lines.push(` # ${addr} must be replaced, but the existing object will not be destroyed`);
                lines.push(' # (destroy = false is set in the configuration)');
            }
            else if (reason === 'replace_because_tainted')
                lines.push(`  # ${addr} is tainted, so must be replaced`);
            else if (reason === 'replace_by_request')
                lines.push(`  # ${addr} will be replaced, as requested`);
            else if (reason === 'replace_by_triggers')
                lines.push(`  # ${addr} will be replaced due to changes in replace_triggered_by`);
            else
                lines.push(`  # ${addr} must be replaced`);
            break;
        case 'forget':
            if (deposed) {
                lines.push(` # ${addr} will be removed from ${tool} state, but will not be destroyed`);
                lines.push(' # (left over from a partially-failed replacement of this instance)');
            }
            else
                lines.push(` # ${addr} will no longer be managed by ${tool}, but will not be destroyed`);
            lines.push(' # (destroy = false is set in the configuration)');
            break;
        case 'delete': {
            lines.push(`  # ${addr} will be destroyed`);
            const index = rc.index;
            if (reason === 'delete_because_no_resource_config')
                lines.push(`  # (because ${str(rc.type) ?? ''}.${str(rc.name) ?? ''} is not in configuration)`);
            else if (reason === 'delete_because_no_move_target')
                lines.push(`  # (because ${previous ?? ''} was moved to ${address}, which is not in configuration)`);
            else if (reason === 'delete_because_no_module')
                lines.push(`  # (because ${str(rc.module_address) ?? ''} is not in configuration)`);
            else if (reason === 'delete_because_wrong_repetition') {
                if (index === undefined || index === null)
                    lines.push('  # (because resource uses count or for_each)');
                else if (typeof index === 'number')
                    lines.push('  # (because resource does not use count)');
                else if (typeof index === 'string')
                    lines.push('  # (because resource does not use for_each)');
            }
            else if (reason === 'delete_because_count_index')
                lines.push(`  # (because index [${jsonIndexText(index)}] is out of range for count)`);
            else if (reason === 'delete_because_each_key')
                lines.push(`  # (because key [${jsonIndexText(index)}] is not in for_each map)`);
            if (deposed)
                lines.push('  # (left over from a partially-failed replacement of this instance)');
            break;
        }
        default:
            if (previous && previous !== address) {
                lines.push(`  # ${previous} has moved to ${addr}`);
                printedMoved = true;
            }
            else if (importing) {
                lines.push(`  # ${addr} will be imported`);
                if (str(change.generated_config))
                    lines.push('  # (config will be generated)');
                printedImported = true;
            }
    }
    if (previous && previous !== address && !printedMoved)
        lines.push(`  # (moved from ${previous})`);
    if (importing && !printedImported) {
        const id = str(importing.id);
        lines.push(id ? `  # (imported from ${JSON.stringify(id)})` : '  # (will be imported first)');
    }
    if (importing && action === 'replace')
        lines.push('  # Warning: this will destroy the imported resource');
    return lines;
}
/** The lines of one resource change: header, reason lines and the attribute diff. */
function renderResourceChange(rc, action, tool = 'Terraform') {
    const change = isObject(rc.change) ? rc.change : {};
    const actions = (Array.isArray(change.actions) ? change.actions : []).filter((a) => typeof a === 'string');
    const del = actions.length === 1 && actions[0] === 'delete';
    const create = actions.length === 1 && (actions[0] === 'create' || actions[0] === 'read');
    const diff = blockDiff({
        before: change.before ?? null,
        after: change.after ?? null,
        beforeSet: !create && isObject(change.before),
        afterSet: !del && isObject(change.after),
        unknown: change.after_unknown,
        beforeSensitive: change.before_sensitive,
        afterSensitive: change.after_sensitive,
        replacePaths: Array.isArray(change.replace_paths) ? change.replace_paths.filter(Array.isArray) : []
    }, isObject(change.importing));
    const mode = str(rc.mode) === 'data' ? 'data' : 'resource';
    const head = `${resourceSymbol(actions)} ${mode} ${JSON.stringify(str(rc.type) ?? '')} ${JSON.stringify(str(rc.name) ?? '')}`;
    const body = diff.render(0, {});
    return [...resourceComment(rc, action, tool), `${head} ${body}`.replace(/\n+$/, '')].flatMap((l) => l.split('\n'));
}
/** Output changes as Terraform lists them under `Changes to Outputs:`. */
function renderOutputs(plan) {
    if (!isObject(plan.output_changes))
        return [];
    const entries = [];
    for (const name of Object.keys(plan.output_changes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const oc = plan.output_changes[name];
        if (!isObject(oc))
            continue;
        const actions = Array.isArray(oc.actions) ? oc.actions.join(',') : '';
        const d = valueDiff({
            before: oc.before ?? null,
            after: oc.after ?? null,
            beforeSet: actions !== 'create' && oc.before !== undefined && oc.before !== null,
            afterSet: actions !== 'delete' && oc.after !== undefined && oc.after !== null,
            unknown: oc.after_unknown,
            beforeSensitive: oc.before_sensitive,
            afterSensitive: oc.after_sensitive,
            replacePaths: []
        }, true);
        if (d.action !== 'noop')
            entries.push([name, d]);
    }
    if (entries.length === 0)
        return [];
    const width = Math.max(...entries.map(([n]) => attributeName(n).length));
    return entries.map(([n, d]) => `${SYMBOL[d.action]} ${attributeName(n).padEnd(width)} = ${d.render(0, {})}`);
}
/** `Plan: 1 to import, 2 to add, 0 to change, 1 to destroy.` from the counts. */
function planLine(counts) {
    const imports = counts.import > 0 ? `${counts.import} to import, ` : '';
    const forget = counts.forget > 0 ? `, ${counts.forget} to forget` : '';
    return `Plan: ${imports}${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy${forget}.`;
}
/**
 * The plan text of a JSON plan (the parsed `show -json` object): every resource change Terraform would show, grouped
 * by action (destroys, then replacements, then the rest; a heading before each group when there are several), the
 * `Plan:` line from `counts`, and the output changes. Empty when nothing changes.
 */
function jsonPlanText(plan, counts, tool = 'Terraform') {
    if (!isObject(plan))
        return '';
    const groups = new Map(GROUP_ORDER.map((a) => [a, []]));
    for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
        if (!isObject(rc) || str(rc.address) === undefined)
            continue;
        const mode = str(rc.mode) ?? 'managed';
        if (mode === 'ephemeral')
            continue;
        const change = isObject(rc.change) ? rc.change : {};
        const { action } = classifyActions(Array.isArray(change.actions) ? change.actions : []);
        if (mode === 'data' && action === 'delete')
            continue;
        const previous = str(rc.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== rc.address;
        if (action === 'no-op' && !moved && !isObject(change.importing))
            continue;
        groups.get(action).push(rc);
    }
    const present = GROUP_ORDER.filter((a) => groups.get(a).length > 0);
    const out = [];
    for (const action of present) {
        const list = groups.get(action);
        if (present.length > 1)
            out.push(groupHeading(action, list.length), '');
        for (const rc of list)
            out.push(...renderResourceChange(rc, action, tool), '');
    }
    if (present.length > 0)
        out.push(planLine(counts));
    const outputs = renderOutputs(plan);
    if (outputs.length > 0)
        out.push(...(out.length > 0 ? [''] : []), 'Changes to Outputs:', ...outputs);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/core/plan/json-plan.ts
/**
 * Facts from `terraform show -json <planfile>` / `tofu show -json <planfile>` (the JSON plan representation,
 * format_version 0.x and 1.x). Unknown keys are ignored; an unknown major format version is rejected.
 */




/** The JSON is not a plan this parser understands (bad JSON, not an object, unknown major format_version). */
class PlanFormatError extends user_error/* UserError */.y {
    name = 'PlanFormatError';
}
const SUPPORTED_MAJOR_VERSIONS = new Set(['0', '1']);
function json_plan_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** Parses the JSON text (or takes the already-parsed value) and checks it is a plan of a supported format. */
function loadPlanJson(json) {
    let value = json;
    if (typeof json === 'string') {
        const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new PlanFormatError(`The JSON plan is not valid JSON (${reason}); expected the output of 'show -json'.`);
        }
    }
    if (!json_plan_isObject(value)) {
        throw new PlanFormatError("The JSON plan is not a JSON object; expected the output of 'show -json <planfile>'.");
    }
    const version = value.format_version;
    if (typeof version !== 'string' || version === '') {
        throw new PlanFormatError("The JSON plan has no format_version; expected the output of 'terraform show -json <planfile>' or 'tofu show -json <planfile>'.");
    }
    const major = version.split('.')[0];
    if (!SUPPORTED_MAJOR_VERSIONS.has(major)) {
        throw new PlanFormatError(`The JSON plan has format_version ${version}, whose major version ${major} is not supported (supported: 0.x and 1.x).`);
    }
    return value;
}
function resourceFromJson(rc) {
    const address = asString(rc.address);
    const change = json_plan_isObject(rc.change) ? rc.change : {};
    if (address === undefined)
        return undefined;
    const mode = asString(rc.mode) ?? 'managed';
    if (mode === 'ephemeral')
        return undefined;
    const classified = classifyActions(asArray(change.actions));
    // Terraform and OpenTofu do not render (nor count) deleted data sources.
    if (mode === 'data' && classified.action === 'delete')
        return undefined;
    const resource = { address, action: classified.action };
    const deposed = asString(rc.deposed);
    if (deposed)
        resource.deposed = deposed;
    const previous = asString(rc.previous_address);
    if (previous && previous !== address)
        resource.previousAddress = previous;
    if (json_plan_isObject(change.importing))
        resource.importId = asString(change.importing.id) ?? '';
    if (classified.replaceOrder)
        resource.replaceOrder = classified.replaceOrder;
    const reason = asString(rc.action_reason);
    if (reason)
        resource.reason = reason;
    if (classified.forgetsOld)
        resource.forgetsOld = true;
    const interesting = resource.action !== 'no-op' || resource.previousAddress !== undefined || resource.importId !== undefined;
    return interesting ? resource : undefined;
}
function outputActions(value) {
    if (!json_plan_isObject(value))
        return [];
    const direct = value.actions;
    if (Array.isArray(direct))
        return direct.filter((a) => typeof a === 'string');
    // Tolerate a nested `change` object as well.
    if (json_plan_isObject(value.change) && Array.isArray(value.change.actions)) {
        return value.change.actions.filter((a) => typeof a === 'string');
    }
    return [];
}
function changedOutputs(plan) {
    if (!json_plan_isObject(plan.output_changes))
        return [];
    const names = [];
    for (const [name, value] of Object.entries(plan.output_changes)) {
        const actions = outputActions(value);
        if (actions.some((a) => a !== 'no-op'))
            names.push(name);
    }
    return names.sort();
}
function driftAddresses(plan) {
    const addresses = [];
    for (const entry of asArray(plan.resource_drift)) {
        if (!json_plan_isObject(entry))
            continue;
        const address = asString(entry.address);
        if (address === undefined)
            continue;
        const change = json_plan_isObject(entry.change) ? entry.change : {};
        const { action } = classifyActions(asArray(change.actions));
        const previous = asString(entry.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== address;
        if (action !== 'no-op' || moved)
            addresses.push(address);
    }
    return addresses;
}
/**
 * Parses `show -json` output (a string or the parsed value) into the plan model.
 *
 * hasChanges follows `-detailed-exitcode`: the JSON `applyable` flag when the plan has one (Terraform >= 1.6);
 * otherwise any resource action (data reads included), move, import, root output change or action invocation.
 * Drift alone is not a change, except in a refresh-only plan (drift but no `resource_changes`), which Terraform
 * considers applyable. An errored plan never has changes (it exits 1).
 */
function parseJsonPlan(json) {
    const plan = loadPlanJson(json);
    const counts = model_zeroCounts();
    const resources = [];
    const resourceChanges = asArray(plan.resource_changes);
    for (const rc of resourceChanges) {
        if (!json_plan_isObject(rc))
            continue;
        const resource = resourceFromJson(rc);
        if (!resource)
            continue;
        resources.push(resource);
        countResource(counts, resource);
    }
    const outputChanges = changedOutputs(plan);
    const drift = driftAddresses(plan);
    const errored = plan.errored === true;
    const actionInvocations = asArray(plan.action_invocations).length;
    let hasChanges;
    if (errored) {
        hasChanges = false;
    }
    else if (typeof plan.applyable === 'boolean') {
        hasChanges = plan.applyable;
    }
    else {
        const refreshOnly = resourceChanges.length === 0 && drift.length > 0;
        hasChanges = resources.length > 0 || outputChanges.length > 0 || actionInvocations > 0 || refreshOnly;
    }
    return { counts, resources, outputChanges, drift, errored, diagnostics: [], hasChanges, source: 'json' };
}
/** Returns a deep copy of a JSON value with object keys in sorted order (arrays keep their order). */
function sortKeysDeep(value) {
    if (Array.isArray(value))
        return value.map(sortKeysDeep);
    if (json_plan_isObject(value)) {
        const sorted = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                sorted[key] = sortKeysDeep(v);
        }
        return sorted;
    }
    return value;
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * A stable structure of what a plan will do, for an apply-binding hash: the resource changes that do something
 * (address, deposed, previous_address, actions, before, after, after_unknown, importing, replace_paths) sorted by
 * address, and the root output changes, with every object's keys sorted. Timestamps, versions, prior state,
 * configuration and no-op resources are left out, so two renderings of the same plan give the same structure.
 */
function normaliseChangesForHash(json) {
    const plan = loadPlanJson(json);
    const resources = [];
    for (const rc of asArray(plan.resource_changes)) {
        if (!json_plan_isObject(rc))
            continue;
        const address = asString(rc.address);
        if (address === undefined)
            continue;
        const change = json_plan_isObject(rc.change) ? rc.change : {};
        const actions = asArray(change.actions).filter((a) => typeof a === 'string');
        const previous = asString(rc.previous_address);
        const moved = previous !== undefined && previous !== '' && previous !== address;
        const importing = json_plan_isObject(change.importing) ? change.importing : undefined;
        const noop = actions.length === 0 || actions.every((a) => a === 'no-op');
        if (noop && !moved && !importing)
            continue;
        const deposed = asString(rc.deposed) ?? '';
        resources.push({
            sortKey: `${address}\u0000${deposed}`,
            value: sortKeysDeep({
                address,
                deposed: deposed || null,
                previous_address: moved ? previous : null,
                actions,
                before: change.before ?? null,
                after: change.after ?? null,
                after_unknown: change.after_unknown ?? null,
                importing: importing ?? null,
                replace_paths: change.replace_paths ?? null
            })
        });
    }
    resources.sort((a, b) => compareStrings(a.sortKey, b.sortKey));
    const outputs = {};
    if (json_plan_isObject(plan.output_changes)) {
        for (const name of Object.keys(plan.output_changes).sort()) {
            const value = plan.output_changes[name];
            const actions = outputActions(value);
            if (!actions.some((a) => a !== 'no-op'))
                continue;
            const change = json_plan_isObject(value) && Array.isArray(value.actions) ? value : json_plan_isObject(value) ? value.change : {};
            const c = json_plan_isObject(change) ? change : {};
            outputs[name] = sortKeysDeep({
                actions,
                before: c.before ?? null,
                after: c.after ?? null,
                after_unknown: c.after_unknown ?? null
            });
        }
    }
    return { output_changes: outputs, resource_changes: resources.map((r) => r.value) };
}
/** sha256 (hex) over the JSON text of a normalised structure from normaliseChangesForHash. */
function hashNormalisedChanges(normalised) {
    return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}

;// CONCATENATED MODULE: ./src/core/plan/plan-hash.ts
/**
 * What a plan hash covers. The hash tells "the plan reviewers saw" from "the plan made now" (verify-reviewed), so it
 * must be the same for the same plan in any run (no timestamps, temp paths, log prefixes, ANSI codes, redaction,
 * ordering) and different when a resource, an action or a value differs.
 *
 * - With a JSON plan (`show -json`, what the action makes with `--json-out-dir`): the normalised resource and output
 *   changes (json-plan.ts `normaliseChangesForHash`: address, actions, before/after values, unknowns, imports, moves,
 *   replace paths; sorted; no-ops, drift and prior state left out).
 * - With plan text only: the parsed resources and counts, and the lines of the planned changes themselves (values
 *   included), from the actions header to the end of the plan body, without blank lines, trailing spaces, warning
 *   boxes or the tool's name (`Terraform/OpenTofu will perform…`).
 * A unit's hash also covers its status, so a unit that failed never matches one that planned.
 */

/** Lines that open the planned changes in plan text (not included themselves: they name the tool). */
const ACTIONS_START = [
    / will perform the following actions:$/,
    / planned the following actions, but then encountered a problem:$/,
    /^Changes to Outputs:$/,
    /^An execution plan has been generated and is shown below\.$/
];
/**
 * The planned-change lines of a plan body (display.ts `extractPlanBody` output): from the first actions header to
 * the end, blank lines and warning/error boxes dropped, trailing spaces trimmed. Empty when the body has no
 * planned changes (e.g. `No changes.`).
 */
function textChangesForHash(body) {
    const lines = body.replace(/\r\n?/g, '\n').split('\n');
    const start = lines.findIndex((l) => ACTIONS_START.some((re) => re.test(l.trim())));
    if (start < 0)
        return [];
    const out = [];
    let inBox = false;
    for (const raw of lines.slice(start)) {
        const line = raw.trimEnd();
        const trimmed = line.trim();
        if (trimmed.startsWith('╷'))
            inBox = true;
        if (inBox) {
            if (trimmed.startsWith('╵'))
                inBox = false;
            continue;
        }
        if (trimmed === '' || / will perform the following actions:$/.test(trimmed))
            continue;
        if (/ planned the following actions, but then encountered a problem:$/.test(trimmed))
            continue;
        out.push(line);
    }
    return out;
}
/** How long a unit hash in the comment marker is (hex digits of sha256: 128 bits). */
const UNIT_HASH_LENGTH = 32;
/** One unit's plan hash: its status and what `hashInput` covers; independent of the unit's path and of redaction. */
function plan_hash_unitPlanHash(unit) {
    return createHash('sha256')
        .update(JSON.stringify([unit.status, unit.hashInput ?? null]))
        .digest('hex')
        .slice(0, UNIT_HASH_LENGTH);
}

;// CONCATENATED MODULE: ./src/core/plan/unit-plan.ts









/**
 * OpenTofu's own diagnostic boxes (`╷ … ╵` at the start of a line) from stderr. When there are any, they are what a
 * reviewer needs; Terragrunt's log lines around them only repeat them. Without boxes (e.g. Terragrunt could not read
 * its config) the caller shows stderr as it is.
 */
function diagnosticBoxes(stderr) {
    const boxes = [];
    let inBox = false;
    const lines = stderr.split('\n');
    for (const line of lines) {
        if (line.startsWith('╷'))
            inBox = true;
        if (inBox)
            boxes.push(line);
        if (inBox && line.startsWith('╵'))
            inBox = false;
    }
    if (boxes.length > 0)
        return boxes.join('\n').trim();
    // with -no-color (which the action passes) Terraform and OpenTofu print diagnostics without the box:
    // `Error: summary`, a blank line, the detail (format.DiagnosticPlain, seen from terraform 1.11)
    const start = lines.findIndex((l) => /^(Error|Warning): /.test(l));
    return start < 0 ? '' : lines.slice(start).join('\n').trim();
}
/** True when stderr holds an error diagnostic, boxed or plain (`-no-color`). */
function hasErrorDiagnostic(stderr) {
    return /(^|\n)(│ )?Error: /.test(stderr);
}
/** The first error diagnostic of a run, as one line for the table. */
function firstError(plan, stderr) {
    const fromPlan = plan?.diagnostics.find((d) => d.severity === 'error');
    if (fromPlan)
        return (0,user_error/* oneLine */.T)(fromPlan.summary, 200);
    const fromStderr = parseTextPlan(stderr).diagnostics.find((d) => d.severity === 'error');
    if (fromStderr)
        return (0,user_error/* oneLine */.T)(fromStderr.summary, 200);
    const lastLine = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .at(-1);
    return lastLine ? (0,user_error/* oneLine */.T)(lastLine, 200) : undefined;
}
/**
 * Turns one unit's raw outputs into the model. JSON decides status and counts where it exists (the unit's own
 * result, never Terragrunt's aggregate); text is what a reviewer reads.
 */
function buildUnitPlan(input) {
    const text = cleanTerminalText(input.text);
    const stderr = cleanTerminalText(input.stderr ?? '');
    let plan;
    let hashInput;
    let jsonProblem;
    let document;
    if (input.json) {
        try {
            // Parsed once for the facts, the hash and (without text) the diff.
            document = loadPlanJson(input.json);
            plan = parseJsonPlan(document);
            hashInput = normaliseChangesForHash(document);
        }
        catch (e) {
            jsonProblem = e.message;
        }
    }
    if (!plan && text.trim())
        plan = parseTextPlan(text);
    const body = extractPlanBody(text);
    const errorText = diagnosticBoxes(stderr) || stderr.trim();
    const errorBody = errorText ? `${body}${body ? '\n\n' : ''}${errorText}` : body;
    const failed = input.failure !== undefined || input.exitCode === 1 || plan?.errored === true || (!plan && input.exitCode !== 0);
    if (failed) {
        const error = input.failure ??
            firstError(plan, stderr) ??
            jsonProblem ??
            (input.exitCode === undefined ? 'no plan output' : `exit code ${input.exitCode}`);
        return {
            path: input.path,
            status: 'error',
            counts: plan?.counts ?? model_zeroCounts(),
            destroyed: [],
            replaced: [],
            error,
            text: errorBody,
            plan,
            hashInput
        };
    }
    const resolved = plan ?? parseTextPlan('');
    const hasChanges = resolved.hasChanges || input.exitCode === 2;
    // A JSON plan alone (Terragrunt's --json-out-dir writes no text): the diff is built from it.
    const shown = body.trim() === '' && document !== undefined ? jsonPlanText(document, resolved.counts) : body;
    return {
        path: input.path,
        status: hasChanges ? 'changes' : 'no-changes',
        counts: resolved.counts,
        destroyed: resolved.resources.filter((r) => r.action === 'delete').map((r) => r.address),
        replaced: resolved.resources.filter((r) => r.action === 'replace').map((r) => r.address),
        text: shown,
        plan: resolved,
        // Without JSON: the parsed resources and the planned-change lines (values included), see plan-hash.ts.
        hashInput: hashInput ?? {
            resources: resolved.resources,
            counts: resolved.counts,
            changes: textChangesForHash(body)
        }
    };
}
/**
 * Totals, flags, each unit's plan hash and the plan hash over all units (sorted by path, so the hash does not
 * depend on run order).
 */
function buildPlanResult(units) {
    const sorted = [...units]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((u) => ({ ...u, hash: unitPlanHash(u) }));
    const totals = sorted.reduce((sum, u) => addCounts(sum, u.counts), zeroCounts());
    const hash = createHash('sha256');
    for (const u of sorted)
        hash.update(JSON.stringify([u.path, u.status, u.hashInput ?? null]));
    return {
        units: sorted,
        totals,
        hasChanges: sorted.some((u) => u.status === 'changes'),
        hasDestroy: totals.destroy > 0 || totals.replace > 0,
        planHash: hash.digest('hex')
    };
}

// EXTERNAL MODULE: ./src/core/terragrunt/files.ts
var files = __nccwpck_require__(7247);
;// CONCATENATED MODULE: ./src/core/terragrunt/logs.ts



const PRETTY = /^(\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?) (STDOUT|STDERR|TRACE|DEBUG|INFO|WARN|ERROR|FATAL)(?= |$)/;
const KEY_VALUE = /^time=(\S+) level=(\S+)(?: prefix=(\S+))?(?: tf-path=(\S+))? msg=(.*)$/;
const LOGRUS = /^(TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI|STDO|STDE)\[(\d{4,})\] ?(.*)$/;
const LOGRUS_PREFIX_FIELD = /\s+prefix=\[([^\]]*)\]\s*$/;
const LEGACY_TG = /^\[terragrunt\](?: \[([^\]]+)\])?(?: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2})? ?(.*)$/;
const LEGACY_PREFIX = /^\[([^\]=\s][^\]=]*)\](?: (.*))?$/;
const PATHLIKE = /^(?:\.{1,2}(?:[\\/].*)?|[\\/].*|[A-Za-z]:[\\/].*|[\w.@+-]+(?:[\\/][\w.@+ -]+)*)$/;
const HEADER_0X = /^The stack at (.+) will be processed in the following order for command \S+:$/;
const HEADER_QUEUE = /^Unit queue will be processed for \S+ in this order:$/;
const HEADER_DAG = /^The following units will be run, starting with dependencies and then their dependents:$/;
const HEADER_CONTINUATION = /^(?:Group \d+|- (?:Module|Unit) .+|\.|[\s│]*[├╰└]── .+|\s*)$/;
const SUMMARY_HEADER = /^❯❯ Run Summary\s+(\d+) units?(?:\s+(\S+))?\s*$/;
const SUMMARY_LABELS = {
    Succeeded: 'succeeded',
    Failed: 'failed',
    'Early Exits': 'early exit',
    Excluded: 'excluded'
};
const LEVEL_NAMES = {
    trac: 'TRACE',
    trace: 'TRACE',
    debu: 'DEBUG',
    debug: 'DEBUG',
    info: 'INFO',
    warn: 'WARN',
    warning: 'WARN',
    erro: 'ERROR',
    error: 'ERROR',
    fata: 'FATAL',
    fatal: 'FATAL',
    pani: 'PANIC',
    stdo: 'STDOUT',
    stdout: 'STDOUT',
    stde: 'STDERR',
    stderr: 'STDERR'
};
function levelName(level) {
    return LEVEL_NAMES[level.toLowerCase()] ?? level.toUpperCase();
}
/** Decides the dominant format from line shapes; `entries[i]` is line i read as a json log entry, if it is one. */
function detectFormat(lines, entries) {
    let json = 0;
    let pretty = 0;
    let kv = 0;
    let logrus = 0;
    let legacy = 0;
    let logrusField = false;
    let bareField = false;
    for (const [i, line] of lines.entries()) {
        if (entries[i])
            json++;
        else if (PRETTY.test(line))
            pretty++;
        else if (KEY_VALUE.test(line))
            kv++;
        else if (LOGRUS.test(line)) {
            logrus++;
            if (line.includes('\t prefix=['))
                bareField = true;
        }
        else if (LEGACY_TG.test(line) || isLegacyPrefixLine(line))
            legacy++;
        if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line) || /\S {2,}prefix=\[[^\]]*\]\s*$/.test(line))
            logrusField = true;
    }
    const enriched = Math.max(json, pretty, kv);
    if (enriched > 0)
        return json === enriched ? 'json' : pretty === enriched ? 'pretty' : 'key-value';
    if (legacy > 0 && legacy >= logrus)
        return 'legacy-prefix';
    if (logrus > 0)
        return logrusField && !bareField ? 'logrus' : 'bare';
    return 'bare';
}
function isLegacyPrefixLine(line) {
    const m = LEGACY_PREFIX.exec(line);
    return !!m && PATHLIKE.test(m[1]) && !/^\d+$/.test(m[1]);
}
function parseJsonEntry(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const obj = value;
    if (typeof obj.level !== 'string' || !('msg' in obj || 'time' in obj))
        return undefined;
    return {
        level: obj.level,
        msg: stripAnsi(typeof obj.msg === 'string' ? obj.msg : obj.msg === undefined ? '' : JSON.stringify(obj.msg)),
        workingDir: typeof obj['working-dir'] === 'string' ? obj['working-dir'] : undefined,
        tfPath: typeof obj['tf-path'] === 'string' && obj['tf-path'] !== '' ? obj['tf-path'] : undefined
    };
}
class Collector {
    root;
    units = new Map();
    unattributed = [];
    queue = [];
    summary;
    pending = new Map();
    /** normaliseUnitPath per raw path: the same few paths come back on every line. */
    normalised = new Map();
    constructor(root) {
        this.root = root;
    }
    norm(path) {
        let p = this.normalised.get(path);
        if (p === undefined) {
            p = (0,files/* normaliseUnitPath */.i_)(path, this.root);
            this.normalised.set(path, p);
        }
        return p;
    }
    unit(path) {
        const key = this.norm(path);
        let u = this.units.get(key);
        if (!u) {
            u = { stdout: [], stderr: [], logs: [] };
            this.units.set(key, u);
        }
        return u;
    }
    /** A raw chunk of tofu output (json format): joined with the unit's previous chunk, split into lines. */
    chunk(unit, stream, text) {
        const key = `${stream}\u0000${this.norm(unit)}`;
        const parts = ((this.pending.get(key) ?? '') + text).split('\n');
        this.pending.set(key, parts.pop());
        this.unit(unit)[stream].push(...parts);
    }
    flush() {
        for (const [key, rest] of this.pending) {
            if (rest === '')
                continue;
            const [stream, unit] = key.split('\u0000');
            this.unit(unit)[stream].push(rest);
        }
        this.pending.clear();
    }
    /** Terragrunt's own message: to the unit's logs, or unattributed for the run itself. */
    log(level, msg, unit) {
        const target = unit !== undefined && this.norm(unit) !== '.' ? this.unit(unit).logs : this.unattributed;
        const name = levelName(level);
        for (const line of msg.split('\n'))
            if (line.trim() !== '')
                target.push(`${name} ${line}`);
    }
    addQueue(path) {
        const p = (0,files/* normaliseUnitPath */.i_)(path, this.root);
        if (p !== '.' && !this.queue.includes(p))
            this.queue.push(p);
    }
}
/**
 * Without `root`, the json format's absolute paths are made relative to the working dir of Terragrunt's first own
 * message with an absolute one (run-level messages carry the run's absolute working dir), else to the deepest
 * directory common to all of them. Unit entries of Terragrunt ≥ 0.95 are relative already and stay as they are.
 */
function inferJsonRoot(entries) {
    const dirs = [];
    for (const e of entries) {
        if (!e?.workingDir || !(0,external_node_path_.isAbsolute)(e.workingDir))
            continue;
        if (!e.tfPath)
            return e.workingDir;
        dirs.push(e.workingDir.replace(/\\/g, '/'));
    }
    if (dirs.length === 0)
        return undefined;
    let common = dirs[0].split('/');
    for (const d of dirs.slice(1)) {
        const parts = d.split('/');
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return common.join('/') || '/';
}
function isTfPath(name, tfNames) {
    return tfNames.has(name);
}
/** Parses the queue header lines (first line included); returns true when `first` is a header. */
function readHeader(lines, c) {
    const first = lines[0]?.trim() ?? '';
    if (!HEADER_0X.test(first) && !HEADER_QUEUE.test(first) && !HEADER_DAG.test(first))
        return false;
    for (const line of lines.slice(1))
        readHeaderLine(line, c);
    return true;
}
function readHeaderLine(line, c) {
    const m = /^- (?:Module|Unit) (.+)$/.exec(line.trim()) ?? /^[\s│]*[├╰└]── (.+)$/.exec(line);
    if (m)
        c.addQueue(m[1].trim());
}
function newSummary(m) {
    return {
        units: Number(m[1]),
        duration: m[2] ?? '',
        succeeded: 0,
        failed: 0,
        earlyExits: 0,
        excluded: 0,
        perUnit: []
    };
}
const COUNT_FIELD = {
    succeeded: 'succeeded',
    failed: 'failed',
    'early exit': 'earlyExits',
    excluded: 'excluded'
};
/** One line inside the summary block; false when the line ends the block. */
function readSummaryLine(line, s, state, root) {
    if (line.trim() === '')
        return true;
    if (!/^\s/.test(line))
        return false;
    const t = line.trim();
    if (/^─+$/.test(t))
        return true;
    let m = /^(Succeeded|Failed|Early Exits|Excluded)\s+(\d+)$/.exec(t);
    if (m) {
        s[COUNT_FIELD[SUMMARY_LABELS[m[1]]]] = Number(m[2]);
        return true;
    }
    m = /^(Succeeded|Failed|Early Exits|Excluded) \((\d+)\)$/.exec(t);
    if (m) {
        state.group = SUMMARY_LABELS[m[1]];
        s[COUNT_FIELD[state.group]] = Number(m[2]);
        return true;
    }
    m = /^(.*\S)\s+(\d+(?:\.\d+)?(?:ns|µs|us|ms|s|m|h))$/.exec(t);
    if (m && state.group) {
        s.perUnit.push({ unit: (0,files/* normaliseUnitPath */.i_)(m[1], root), result: state.group, duration: m[2] });
        return true;
    }
    return true;
}
/**
 * Splits Terragrunt's output (stdout and stderr, together or apart) into each unit's OpenTofu stdout, stderr and
 * Terragrunt log lines. Unit paths are relative to the run's working dir (`options.root` relativises absolute ones).
 */
function demuxTerragruntLog(text, options = {}) {
    const tfNames = new Set(['tofu', 'terraform', ...(options.tfPathNames ?? [])]);
    let normalised = stripAnsi(text).replace(/\r\n/g, '\n');
    if (normalised.endsWith('\n'))
        normalised = normalised.slice(0, -1);
    const lines = normalised === '' ? [] : normalised.split('\n');
    // each json line parsed once, for the format, the root and the entries themselves
    const entries = lines.map((line) => (line.startsWith('{') ? parseJsonEntry(line) : undefined));
    const format = detectFormat(lines, entries);
    const root = options.root ?? (format === 'json' ? inferJsonRoot(entries) : undefined);
    const c = new Collector(root);
    const enriched = format === 'json' || format === 'pretty' || format === 'key-value';
    let cont;
    let summary;
    const tgMessage = (level, msg, unit) => {
        const msgLines = msg.split('\n');
        if (readHeader(msgLines, c)) {
            cont = { kind: 'header' };
            return;
        }
        c.log(level, msg, unit);
        cont = /errors? occurred:\s*$/.test(msgLines[0] ?? '') ? { kind: 'error', unit, level } : undefined;
    };
    const tfOutput = (level, msg, unit, chunked) => {
        const name = levelName(level);
        cont = undefined;
        if (name === 'STDOUT' || name === 'STDERR') {
            const stream = name === 'STDOUT' ? 'stdout' : 'stderr';
            if (chunked)
                c.chunk(unit, stream, msg);
            else
                c.unit(unit)[stream].push(msg);
        }
        else {
            const logs = c.unit(unit).logs;
            for (const line of msg.split('\n'))
                if (line.trim() !== '')
                    logs.push(`${name} ${line}`);
        }
    };
    for (const [i, line] of lines.entries()) {
        if (summary) {
            if (readSummaryLine(line, summary.s, summary.state, root))
                continue;
            summary = undefined;
        }
        const sm = SUMMARY_HEADER.exec(line.trim());
        if (sm) {
            c.summary = newSummary(sm);
            summary = { s: c.summary, state: {} };
            cont = undefined;
            continue;
        }
        // --- json
        const e = entries[i];
        if (e) {
            if (e.tfPath)
                tfOutput(e.level, e.msg, e.workingDir ?? '.', true);
            else
                tgMessage(e.level, e.msg, e.workingDir);
            continue;
        }
        // --- pretty
        const pm = PRETTY.exec(line);
        if (pm) {
            const level = pm[2];
            let rest = line.slice(pm[0].length);
            const pad = Math.max(1, 7 - level.length);
            let i = 0;
            while (i < pad && rest[i] === ' ')
                i++;
            rest = rest.slice(i);
            let unit;
            const um = /^\[([^\]]+)\] ?/.exec(rest);
            if (um) {
                unit = um[1];
                rest = rest.slice(um[0].length);
            }
            const stream = level === 'STDOUT' || level === 'STDERR';
            const tm = /^([^\s:[\]]+):(?: |$)/.exec(rest);
            if (tm && (stream || isTfPath(tm[1], tfNames))) {
                tfOutput(level, rest.slice(tm[0].length), unit ?? '.', false);
            }
            else if (stream) {
                tfOutput(level, rest, unit ?? '.', false);
            }
            else {
                tgMessage(level, rest, unit);
            }
            continue;
        }
        // --- key-value
        const kv = KEY_VALUE.exec(line);
        if (kv) {
            const [, , level, prefix, tfPath, msg] = kv;
            if (tfPath)
                tfOutput(level, msg, prefix ?? '.', false);
            else
                tgMessage(level, msg, prefix);
            continue;
        }
        // --- bare / logrus Terragrunt line
        const lm = LOGRUS.exec(line);
        if (lm) {
            let msg = lm[3];
            let unit;
            const field = LOGRUS_PREFIX_FIELD.exec(msg);
            if (field) {
                unit = field[1];
                msg = msg.slice(0, field.index);
            }
            tgMessage(lm[1], msg.trimEnd(), unit);
            if (cont?.kind === 'error')
                cont = undefined;
            continue;
        }
        // --- legacy prefixes
        if (format === 'legacy-prefix') {
            const tg = LEGACY_TG.exec(line);
            if (tg) {
                c.log('INFO', tg[2], tg[1]);
                cont = undefined;
                continue;
            }
            const lp = LEGACY_PREFIX.exec(line);
            if (lp && PATHLIKE.test(lp[1]) && !/^\d+$/.test(lp[1])) {
                c.unit(lp[1]).stdout.push(lp[2] ?? '');
                cont = undefined;
                continue;
            }
        }
        // --- continuation of a multi-line Terragrunt message, or raw output
        if (cont?.kind === 'header') {
            if (HEADER_CONTINUATION.test(line)) {
                readHeaderLine(line, c);
                continue;
            }
            cont = undefined;
        }
        else if (cont?.kind === 'error') {
            if (line.trim() === '' || /^\s/.test(line) || /^\* /.test(line)) {
                if (enriched && line.trim() !== '')
                    c.log(cont.level, line, cont.unit);
                if (enriched)
                    continue;
            }
            cont = undefined;
        }
        if (/^\s+prefix=\[[^\]]*\]\s*$/.test(line))
            continue;
        // in the enriched formats a bare blank line belongs to nothing (Terragrunt writes one before the summary)
        if (enriched && line.trim() === '')
            continue;
        c.unattributed.push(line);
    }
    c.flush();
    return { units: c.units, unattributed: c.unattributed, format, queue: c.queue, summary: c.summary };
}
/** `Error: <summary>` of hcl's diagnostic text writer, as Terragrunt logs it (a line per ERROR entry). */
const HCL_DIAG_HEAD = /^(?:Error|Warning): (.+)$/;
/** `  on <file> line <n>[, in <context>]:` */
const HCL_DIAG_ON = /^ {2}on (.+) line (\d+)(?:, in .*)?:$/;
/** A source line of the snippet: `%4d: text`. */
const HCL_DIAG_SNIPPET = /^\s*\d+: /;
/** `Run failed: ` before the run's multi-error (v0.81.1+); from v0.99 main logs the same error again without it. */
const RUN_FAILED = /^Run failed: /;
/**
 * Terragrunt's errors about the run itself (a dependency cycle, a unit configuration that does not parse, the
 * `Run failed:` multi-error of the units' errors, a bad flag): logged with the run's working dir, so they belong to no
 * unit. Each comes back as one line of text, none dropped:
 * - a multi-line message (the multi-error `N errors occurred:` with its `* ` bullets and two-space continuation lines)
 *   is one error;
 * - the HCL diagnostic Terragrunt's parser writes before returning a parse error (`Error: <summary>`, `  on <file> line
 *   <n>:`, the source line, the detail, one log entry each) is one error, `<file>:<n>: <summary>; <detail>`, left out
 *   when the one-line form of the same diagnostic (`<file>:<n>,<col>-<col>: <summary>; <detail>`) follows;
 * - the multi-error logged twice (`Run failed: …`, then the same text again from main, v0.99+) is kept once, with its
 *   `Run failed:`.
 */
function runLevelErrors(log) {
    const lines = [];
    for (const line of log.unattributed) {
        const m = /^(ERROR|FATAL) (.*)$/.exec(line);
        if (m)
            lines.push(m[2]);
    }
    const errors = [];
    /** Diagnostic blocks turned into one error, by index in errors, with their file, line and summary. */
    const diagnostics = new Map();
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const head = HCL_DIAG_HEAD.exec(text);
        const on = head && i + 1 < lines.length ? HCL_DIAG_ON.exec(lines[i + 1]) : null;
        if (head && on) {
            let j = i + 2;
            while (j < lines.length && HCL_DIAG_SNIPPET.test(lines[j]))
                j++;
            // the detail: the next line, when it is not the start of another message
            const detail = j < lines.length && !HCL_DIAG_HEAD.exec(lines[j]) && !/^\s|^\* /.test(lines[j]) && !isDiagnosticError(lines[j])
                ? lines[j++].trim()
                : '';
            diagnostics.set(errors.length, { file: on[1], line: on[2], summary: head[1] });
            errors.push(`${on[1]}:${on[2]}: ${head[1]}${detail ? `; ${detail}` : ''}`);
            i = j - 1;
            continue;
        }
        // continuation lines of a multi-line error ("* …", indented) belong to the message before them
        if (errors.length > 0 && /^\s|^\* /.test(text))
            errors[errors.length - 1] += ` ${text.trim()}`;
        else
            errors.push(text.trim());
    }
    const kept = errors.filter((e, index) => {
        if (/^Unable to determine underlying exit code/.test(e))
            return false;
        const diag = diagnostics.get(index);
        if (diag) {
            const oneLine = `${diag.file}:${diag.line},`;
            return !errors.some((other, k) => k > index && other.startsWith(oneLine) && other.includes(`: ${diag.summary}`));
        }
        // main's copy of the multi-error already logged with `Run failed:`
        return RUN_FAILED.test(e) || !errors.some((other) => RUN_FAILED.test(other) && other.replace(RUN_FAILED, '') === e);
    });
    return kept;
}
/** `<file>:<line>,<col>-…: summary; detail`, hcl.Diagnostic.Error(). */
function isDiagnosticError(text) {
    return /^\S+:\d+,\d+-\d+(?:,\d+)?: /.test(text);
}
function optionalString(obj, key) {
    const v = obj[key];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function entryFrom(fields, index) {
    const name = optionalString(fields, 'Name');
    const result = optionalString(fields, 'Result');
    if (!name || !result)
        throw new Error(`Terragrunt run report entry ${index} has no Name or Result`);
    const entry = { name: name.replace(/\\/g, '/'), result };
    const reason = optionalString(fields, 'Reason');
    const cause = optionalString(fields, 'Cause');
    const started = optionalString(fields, 'Started');
    const ended = optionalString(fields, 'Ended');
    const ref = optionalString(fields, 'Ref');
    const cmd = optionalString(fields, 'Cmd');
    if (reason)
        entry.reason = reason;
    if (cause)
        entry.cause = cause;
    if (started)
        entry.started = started;
    if (ended)
        entry.ended = ended;
    if (started && ended) {
        const ms = Date.parse(ended) - Date.parse(started);
        if (Number.isFinite(ms))
            entry.durationMs = ms;
    }
    if (ref)
        entry.ref = ref;
    if (cmd)
        entry.cmd = cmd;
    const args = fields.Args;
    if (Array.isArray(args))
        entry.args = args.filter((a) => typeof a === 'string');
    else if (typeof args === 'string' && args !== '')
        entry.args = args.split('|'); // CSV: pipe-separated (writer.go csvRow at v1.1.3)
    return entry;
}
function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else
                field += ch;
        }
        else if (ch === '"')
            quoted = true;
        else if (ch === ',') {
            row.push(field);
            field = '';
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
        }
        else
            field += ch;
    }
    if (field !== '' || row.length > 0) {
        row.push(field);
        rows.push(row);
    }
    return rows.filter((r) => r.length > 1 || r[0] !== '');
}
/**
 * Reads the file written by `--report-file` (`--report-format json`, schema run/report v2–v4, or the CSV format):
 * one entry per unit with its result (`succeeded`, `failed`, `early exit`, `excluded`) and why.
 */
function parseRunReport(text) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        return [];
    if (trimmed.startsWith('[')) {
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (err) {
            throw new Error(`Terragrunt run report is not valid JSON: ${err.message}`, { cause: err });
        }
        if (!Array.isArray(value))
            throw new Error('Terragrunt run report is not a JSON array');
        return value.map((item, i) => {
            if (typeof item !== 'object' || item === null)
                throw new Error(`Terragrunt run report entry ${i} is not an object`);
            return entryFrom(item, i);
        });
    }
    const rows = parseCsv(trimmed);
    const header = rows[0] ?? [];
    if (!header.includes('Name') || !header.includes('Result')) {
        throw new Error('Terragrunt run report is neither JSON nor CSV with Name and Result columns');
    }
    return rows.slice(1).map((row, i) => {
        const fields = {};
        header.forEach((h, j) => (fields[h] = row[j] ?? ''));
        return entryFrom(fields, i);
    });
}

;// CONCATENATED MODULE: ./src/core/terragrunt/progress.ts




/**
 * Follows the `--log-format json` output of a run while it runs and hands each unit's lines to `progress` as soon
 * as the unit is done, so the job log shows one block per unit instead of the interleaved stream. Terragrunt logs no
 * "unit finished" event, so a unit counts as done when its JSON plan appears in the out dir (written after its plan
 * and `show -json`, internal/runner/common/unit_runner.go at v1.1.3); units that failed or were still running are
 * handed over by `finish()` at the end of the run. The final per-unit result is read separately from the whole
 * output (demuxTerragruntLog), so what is shown here is only progress.
 */
class UnitStream {
    root;
    outDir;
    progress;
    open = new Map();
    done = new Set();
    pending = { stdout: '', stderr: '' };
    lastPoll = 0;
    constructor(root, outDir, progress) {
        this.root = root;
        this.outDir = outDir;
        this.progress = progress;
    }
    stdout = (chunk) => this.feed('stdout', chunk);
    stderr = (chunk) => this.feed('stderr', chunk);
    feed(stream, chunk) {
        const parts = (this.pending[stream] + chunk).split('\n');
        this.pending[stream] = parts.pop();
        for (const line of parts)
            this.line(line);
    }
    line(raw) {
        const line = stripAnsi(raw).replace(/\r$/, '');
        const entry = line.startsWith('{') ? parseEntry(line) : undefined;
        if (!entry) {
            if (line.trim() !== '')
                this.progress.runMessage(line);
            return;
        }
        const dir = entry['working-dir'];
        const unit = typeof dir === 'string' ? (0,files/* normaliseUnitPath */.i_)(dir, this.root) : '.';
        const msg = typeof entry.msg === 'string' ? stripAnsi(entry.msg) : '';
        const level = typeof entry.level === 'string' ? entry.level : 'info';
        const fromTool = typeof entry['tf-path'] === 'string' && entry['tf-path'] !== '';
        if (unit === '.' && !fromTool) {
            for (const l of msg.split('\n'))
                if (l.trim() !== '')
                    this.progress.runMessage(`${level.toUpperCase()} ${l}`);
            return;
        }
        if (this.done.has(unit))
            return;
        const u = this.unitOf(unit);
        if (fromTool && (level === 'stdout' || level === 'stderr')) {
            const parts = (u.partial[level] + msg).split('\n');
            u.partial[level] = parts.pop();
            u.lines.push(...parts);
        }
        else {
            for (const l of msg.split('\n'))
                if (l.trim() !== '')
                    u.lines.push(`${level.toUpperCase()} ${l}`);
        }
        // at most every 100 ms from here (a stat per open unit), besides the caller's timer
        const now = Date.now();
        if (now - this.lastPoll >= 100)
            this.poll();
    }
    unitOf(unit) {
        let u = this.open.get(unit);
        if (!u) {
            u = { lines: [], partial: { stdout: '', stderr: '' } };
            this.open.set(unit, u);
        }
        return u;
    }
    /** Hands over every open unit whose JSON plan is written. Called on each line and by the caller's timer. */
    poll() {
        this.lastPoll = Date.now();
        for (const unit of [...this.open.keys()]) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(this.outDir, unit, 'tfplan.json')))
                this.close(unit);
        }
    }
    /** The end of the run: the rest of the output, then every unit still open, in the order they started. */
    finish() {
        for (const stream of ['stdout', 'stderr']) {
            if (this.pending[stream] !== '')
                this.line(this.pending[stream]);
            this.pending[stream] = '';
        }
        for (const unit of [...this.open.keys()])
            this.close(unit);
    }
    close(unit) {
        const u = this.open.get(unit);
        if (!u)
            return;
        this.open.delete(unit);
        this.done.add(unit);
        const lines = [...u.lines];
        for (const rest of [u.partial.stdout, u.partial.stderr])
            if (rest !== '')
                lines.push(rest);
        this.progress.unitFinished(unit, lines);
    }
}
function parseEntry(line) {
    try {
        const value = JSON.parse(line);
        return typeof value === 'object' && value !== null && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/run-all.ts







/** `--report-file` is stable (no experiment flag) from this version on. */
const REPORT_SINCE = '0.89.0';
/** Before this version `--queue-include-dir` also queued the included units' dependencies unless told not to. */
const STRICT_INCLUDE_DEFAULT_SINCE = '0.97.0';
/** The `terragrunt run --all` arguments for a plan of `units`. */
function runAllPlanArgs(o, reportFile) {
    const args = ['run', '--all', '--working-dir', o.root, '--non-interactive', '--no-color', '--log-format', 'json'];
    args.push('--parallelism', String(o.parallelism), '--out-dir', o.outDir, '--json-out-dir', o.outDir);
    if (reportFile)
        args.push('--report-file', reportFile, '--report-format', 'json');
    if (o.queueIgnoreErrors)
        args.push('--queue-ignore-errors');
    if (!o.everyUnit) {
        for (const unit of o.units)
            args.push('--queue-include-dir', unit);
        const version = semver_default().coerce(o.version);
        if (version && semver_default().lt(version, STRICT_INCLUDE_DEFAULT_SINCE))
            args.push('--queue-strict-include');
    }
    if (o.cli.tfBinary)
        args.push('--tf-path', o.cli.tfBinary);
    return [...args, '--', 'plan', '-no-color', '-input=false', ...o.extraArgs];
}
const EMPTY_LOG = { stdout: [], stderr: [], logs: [] };
/** Terragrunt's own error lines about a unit (e.g. it could not parse the unit's config), as text. */
function terragruntErrors(log) {
    return log.logs.filter((l) => /^(ERROR|FATAL)\b/.test(l)).map((l) => l.replace(/^(ERROR|FATAL)\s*/, ''));
}
/**
 * Starts the `terragrunt run --all` plan and returns at once. With `everyUnit` the run needs no list of units (no
 * queue filter), so it can start while the caller is still discovering them; whatever then goes wrong before
 * `finishPlanStack`, the caller must `abort()` it.
 */
function startPlanStack(o) {
    if (!o.everyUnit && !o.units)
        throw new Error('startPlanStack: the units to plan are needed without everyUnit');
    const parsedVersion = semver_default().coerce(o.version);
    const reportFile = parsedVersion && semver_default().gte(parsedVersion, REPORT_SINCE) ? (0,external_node_path_.join)(o.outDir, 'report.json') : undefined;
    const stream = o.progress ? new UnitStream(o.root, o.outDir, o.progress) : undefined;
    const poll = stream ? setInterval(() => stream.poll(), 500) : undefined;
    const controller = new AbortController();
    const result = o.cli.runner
        .run(o.cli.binary, runAllPlanArgs({ ...o, units: o.units ?? [] }, reportFile), {
        cwd: o.root,
        timeoutMs: o.cli.deadline?.remaining(),
        env: { ...o.cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' },
        onStdout: stream?.stdout,
        onStderr: stream?.stderr,
        signal: controller.signal
    })
        .finally(() => {
        if (poll)
            clearInterval(poll);
    });
    // awaited by finishPlanStack or abort(); this only keeps a failure while the caller is busy from going unhandled
    result.catch(() => undefined);
    return {
        options: o,
        reportFile,
        result,
        stream,
        abort: async () => {
            controller.abort();
            await result.catch(() => undefined);
        }
    };
}
/**
 * Plans the units with one `terragrunt run --all`, as Terragrunt's docs recommend for stacks: it orders units by
 * their dependencies, runs `parallelism` at a time, writes each unit's JSON plan to the out dir, and caches
 * dependency outputs across units. Each unit's status comes from its own JSON plan, its report entry and its own
 * log lines, never from the aggregated exit code, which has regressed repeatedly.
 */
async function planStack(o) {
    return finishPlanStack(startPlanStack(o), o.units, o.jsonPlans);
}
/**
 * Waits for a started run and returns one result per unit of `units` (those Terragrunt's own exclude blocks leave
 * out excepted). `jsonPlans` is filled as PlanStackOptions.jsonPlans says.
 */
async function finishPlanStack(run, units, jsonPlans) {
    const o = run.options;
    const { reportFile, stream } = run;
    const res = await run.result;
    stream?.finish();
    const tfPathNames = o.cli.tfBinary ? [(0,external_node_path_.basename)(o.cli.tfBinary)] : [];
    const log = demuxTerragruntLog(`${res.stdout}\n${res.stderr}`, { root: o.root, tfPathNames });
    const report = new Map();
    const reportText = reportFile ? await (0,files/* readIfExists */.OR)(reportFile) : undefined;
    if (reportText) {
        for (const entry of parseRunReport(reportText))
            report.set((0,files/* normaliseUnitPath */.i_)(entry.name, o.root), entry);
    }
    const stopped = res.timedOut
        ? `stopped: the run took longer than the time limit${o.timeoutText ? ` (timeout: ${o.timeoutText})` : ''}`
        : res.cancelled
            ? 'stopped: the workflow run was cancelled'
            : undefined;
    // A run-level error (a dependency cycle, a unit configuration that does not parse) names no unit: every unit
    // without a result of its own shows it, so none of them can pass for "no changes".
    const runErrors = runLevelErrors(log);
    const notRun = runErrors.length > 0
        ? `Terragrunt stopped the run before this unit: ${(0,user_error/* oneLine */.T)(runErrors.join(' '), 300)}`
        : res.exitCode !== 0
            ? `terragrunt run --all failed before planning: ${(0,user_error/* oneLine */.T)(log.unattributed.filter(Boolean).slice(-3).join(' ') || `exit code ${res.exitCode}`, 300)}`
            : 'Terragrunt did not run this unit (is it excluded, or outside the working directory?)';
    const plans = [];
    for (const unit of units) {
        const unitLog = log.units.get(unit) ?? EMPTY_LOG;
        const entry = report.get(unit);
        if (entry?.result === 'excluded')
            continue;
        const text = (0,files/* readIfExistsSync */.Vu)((0,external_node_path_.join)(o.outDir, unit, 'tfplan.json'));
        const json = text === undefined ? undefined : (0,files/* parsedOrText */.Sn)(text);
        if (json !== undefined)
            jsonPlans?.set(unit, json);
        const tgErrors = terragruntErrors(unitLog);
        const stderr = [...unitLog.stderr, ...(diagnosticBoxes(unitLog.stderr.join('\n')) ? [] : tgErrors)].join('\n');
        const ownResult = json !== undefined || entry !== undefined || tgErrors.length > 0 || hasErrorDiagnostic(stderr);
        const ownText = unitLog.stdout.some((l) => l.trim() !== '');
        let failure;
        if (stopped && !json) {
            // what failed while the run was being stopped failed because of the stop
            failure = stopped;
        }
        else if (entry?.result === 'early exit') {
            failure = `not planned: a dependency failed${entry.cause ? ` (${(0,user_error/* oneLine */.T)(entry.cause, 120)})` : ''}`;
        }
        else if (entry?.result === 'failed' && !diagnosticBoxes(stderr)) {
            failure = (0,user_error/* oneLine */.T)(tgErrors[0] ?? entry.cause ?? entry.reason ?? 'plan failed', 200);
        }
        else if (!ownResult && !ownText) {
            failure = notRun;
        }
        const failed = entry?.result === 'failed' || hasErrorDiagnostic(stderr) || (!entry && !json && tgErrors.length > 0);
        plans.push(buildUnitPlan({
            path: unit,
            text: unitLog.stdout.join('\n'),
            json,
            stderr,
            exitCode: failed ? 1 : undefined,
            failure
        }));
    }
    return plans;
}

;// CONCATENATED MODULE: ./src/core/plan/address-glob.ts
/**
 * Globs over Terraform/OpenTofu resource addresses (`module.a["x"].google_container_cluster.this[0]`).
 *
 * - `*` matches any run of characters, dots, brackets and quotes included, so `module.*.google_container_cluster.*`
 *   matches `module.gke.google_container_cluster.this`, `module.a["x"].module.b.google_container_cluster.this[0]`
 *   and every instance key;
 * - `?` matches exactly one character;
 * - every other character is literal: `[`, `]`, `"` and `.` are parts of addresses, not character classes or
 *   separators, so `aws_instance.web[0]` names exactly that instance;
 * - the glob matches the whole address: `google_sql_database_instance.*` is the root module's instances only; add
 *   `module.*.google_sql_database_instance.*` for the ones inside modules.
 *
 * The one matcher behind terragrunt-plan-comment's `protected` and drift-detect's `ignore` rules
 * (src/drift-detect/ignore.ts), so one glob means one thing everywhere.
 */
function addressGlob(text) {
    const body = text
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '[\\s\\S]*')
        .replace(/\?/g, '[\\s\\S]');
    return { text, regexp: new RegExp(`^${body}$`) };
}
/** The first glob that matches `address`, or undefined. */
function matchAddress(address, globs) {
    return globs.find((g) => g.regexp.test(address));
}

;// CONCATENATED MODULE: ./src/drift-detect/ignore.ts
/**
 * Ignore rules: `<address glob>` or `<address glob>:<attribute path>`, e.g. `google_container_node_pool.*:node_count`.
 * The address glob is core/plan/address-glob.ts's (`*` any run of characters, `?` one, every other character
 * literal), the same as terragrunt-plan-comment's `protected`. An attribute path is dot-separated
 * with `[0]` / `["key"]` indexes (`node_config[0].machine_type`, `labels["team"]`); `*` matches any one segment, and a
 * rule covers everything below the path it names.
 */


/** Parses `a.b[0]["k"].c` into segments; undefined when the text is not such a path. */
function parseAttributePath(text) {
    const segments = [];
    let i = 0;
    let expectName = true;
    while (i < text.length) {
        if (text[i] === '[') {
            const m = /^\[(?:(\d+|\*)|"((?:[^"\\]|\\.)*)")\]/.exec(text.slice(i));
            if (!m)
                return undefined;
            segments.push(m[1] ?? m[2].replace(/\\(.)/g, '$1'));
            i += m[0].length;
            expectName = false;
            continue;
        }
        if (!expectName) {
            if (text[i] !== '.')
                return undefined;
            i++;
        }
        const m = /^(?:[A-Za-z_][\w-]*|\*)/.exec(text.slice(i));
        if (!m)
            return undefined;
        segments.push(m[0]);
        i += m[0].length;
        expectName = false;
    }
    return segments.length > 0 ? segments : undefined;
}
/** `['labels', 'team']` → `labels.team`; indexes as `[0]`, keys that are not names as `["a b"]`. */
function formatAttributePath(path) {
    let out = '';
    for (const segment of path) {
        if (/^\d+$/.test(segment))
            out += `[${segment}]`;
        else if (/^[A-Za-z_][\w-]*$/.test(segment))
            out += out === '' ? segment : `.${segment}`;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/**
 * The rule text split at the colon that starts the attribute path: the last `:` outside brackets and quotes, since
 * addresses may hold `:` inside `["…"]` keys.
 */
function splitRule(text) {
    let depth = 0;
    let quoted = false;
    let at = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '\\')
                i++;
            else if (c === '"')
                quoted = false;
        }
        else if (c === '"')
            quoted = true;
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === ':' && depth === 0)
            at = i;
    }
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
const RULE_FORMS = 'one rule per line: `<address glob>` or `<address glob>:<attribute path>`, e.g. `google_container_node_pool.*:node_count`';
/** Parses the `ignore` input (one rule per line), naming the input and the bad rule on a mistake. */
function parseIgnoreRules(lines, input = 'ignore') {
    return lines.map((text) => {
        const [address, attribute] = splitRule(text.trim());
        if (address.trim() === '' || /\s/.test(address))
            throw new errors/* InputError */.dz(input, text, RULE_FORMS);
        const rule = { text, address: addressGlob(address) };
        if (attribute !== undefined) {
            const path = parseAttributePath(attribute.trim());
            if (!path)
                throw new errors/* InputError */.dz(input, text, RULE_FORMS);
            rule.attribute = path;
        }
        return rule;
    });
}
/** True when `prefix` names `path` or one of its parents (`*` matches any one segment). */
function pathCovers(prefix, path) {
    if (prefix.length > path.length)
        return false;
    return prefix.every((segment, i) => segment === '*' || segment === path[i]);
}
/** True when one path names the other or one of its parents: they touch the same values. */
function pathsOverlap(a, b) {
    return pathCovers(a, b) || pathCovers(b, a);
}
/** True when a rule ignores the whole resource at `address`. */
function ignoresResource(rules, address) {
    return rules.some((r) => r.attribute === undefined && matchAddress(address, [r.address]) !== undefined);
}
/** The attribute paths of `address` that no rule ignores. */
function keptAttributes(rules, address, paths) {
    const applicable = rules.filter((r) => r.attribute !== undefined && matchAddress(address, [r.address]) !== undefined);
    if (applicable.length === 0)
        return paths;
    return paths.filter((p) => !applicable.some((r) => pathCovers(r.attribute, p)));
}

;// CONCATENATED MODULE: ./src/drift-detect/classify.ts
/**
 * Drift classification of one unit from its JSON plan (`show -json`), never from exit codes: -detailed-exitcode
 * says 2 for output-only changes, moves, imports and deferred reads too, and Terragrunt's aggregate has regressed
 * repeatedly (research/drift.md §2.1, §2.5).
 *
 * - drift: a `resource_drift` entry that matters. In a normal plan it matters when it touches an attribute listed in
 *   `relevant_attributes` for that resource (something in the plan reads it) or an attribute the plan changes on the
 *   same resource (the plan would revert it) — Terraform's own renderer shows drift by the first rule only, which
 *   would hide "someone edited node_count in the console". Computed attributes that nothing reads (a platform version
 *   bump) stay silent. In a refresh-only plan every state change is drift.
 * - unapplied: resource changes the drift does not explain: code merged but not applied.
 * - clean: nothing of the above; outputs, moves, imports, deferred reads and no-ops are not changes to act on.
 * Ignore rules drop resources or attribute paths from both drift and changes before any of this.
 */



const classify_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const classify_asArray = (v) => (Array.isArray(v) ? v : []);
function sameValue(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
    if (classify_isObject(a) && classify_isObject(b)) {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        return [...keys].every((k) => sameValue(a[k], b[k]));
    }
    return false;
}
/** The leaf paths where `before` and `after` differ (a list whose length changes counts as one path). */
function differingPaths(before, after, prefix = [], out = []) {
    if (classify_isObject(before) && classify_isObject(after)) {
        for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
            differingPaths(before[key], after[key], [...prefix, key], out);
        }
    }
    else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
        before.forEach((item, i) => differingPaths(item, after[i], [...prefix, String(i)], out));
    }
    else if (!sameValue(before, after)) {
        out.push(prefix);
    }
    return out;
}
/** Paths marked `true` in an `after_unknown` tree: values known only after apply, so they change. */
function unknownPaths(tree, prefix = [], out = []) {
    if (tree === true)
        out.push(prefix);
    else if (classify_isObject(tree))
        for (const [k, v] of Object.entries(tree))
            unknownPaths(v, [...prefix, k], out);
    else if (Array.isArray(tree))
        tree.forEach((v, i) => unknownPaths(v, [...prefix, String(i)], out));
    return out;
}
const WHOLE = [[]];
/** One `resource_drift` / `resource_changes` entry as the paths it touches; undefined when it does nothing to act on. */
function readEntry(raw) {
    if (!classify_isObject(raw) || typeof raw.address !== 'string')
        return undefined;
    if (raw.mode === 'data' || raw.mode === 'ephemeral')
        return undefined;
    const change = classify_isObject(raw.change) ? raw.change : {};
    const { action } = classifyActions(classify_asArray(change.actions));
    if (action === 'no-op' || action === 'read')
        return undefined;
    let paths = WHOLE;
    if (action === 'update') {
        const found = [...differingPaths(change.before, change.after), ...unknownPaths(change.after_unknown)];
        // Nothing visible differs (e.g. only sensitive marks): the whole object, rather than nothing.
        if (found.length > 0)
            paths = found;
    }
    return { address: raw.address, action, paths };
}
/** `relevant_attributes` as paths per resource address. */
function relevantAttributes(plan) {
    const out = new Map();
    for (const item of classify_asArray(plan.relevant_attributes)) {
        if (!classify_isObject(item) || typeof item.resource !== 'string')
            continue;
        const path = classify_asArray(item.attribute).map(String);
        out.set(item.resource, [...(out.get(item.resource) ?? []), path]);
    }
    return out;
}
function anyOverlap(a, b) {
    return a.some((x) => b.some((y) => pathsOverlap(x, y)));
}
/** Applies the ignore rules: the entry with the paths left, or undefined when nothing is left. */
function narrow(entry, rules) {
    if (ignoresResource(rules, entry.address))
        return undefined;
    const paths = keptAttributes(rules, entry.address, entry.paths);
    return paths.length > 0 ? { ...entry, paths } : undefined;
}
/**
 * Classifies a successful JSON plan (the text, or the parsed value). An errored plan or one this parser cannot read
 * throws: the caller reports the unit as `error`, never as clean.
 */
function classifyPlan(json, mode, rules = []) {
    const plan = (typeof json === 'string' ? JSON.parse(json.replace(/^\uFEFF/, '')) : json);
    const parsed = parseJsonPlan(plan); // checks the format version
    if (parsed.errored)
        throw new Error('the plan errored');
    const root = plan;
    const ignored = new Set();
    const kept = (raw) => raw.flatMap((item) => {
        const entry = readEntry(item);
        if (!entry)
            return [];
        const narrowed = narrow(entry, rules);
        if (!narrowed)
            ignored.add(entry.address);
        return narrowed ? [narrowed] : [];
    });
    const changes = mode === 'refresh-only' ? [] : kept(classify_asArray(root.resource_changes));
    const changesByAddress = new Map(changes.map((c) => [c.address, c]));
    const relevant = relevantAttributes(root);
    const drift = kept(classify_asArray(root.resource_drift)).filter((d) => {
        if (mode === 'refresh-only')
            return true;
        const change = changesByAddress.get(d.address);
        return (anyOverlap(d.paths, relevant.get(d.address) ?? []) || (change !== undefined && anyOverlap(d.paths, change.paths)));
    });
    const driftByAddress = new Map(drift.map((d) => [d.address, d]));
    // A change is the drift's own revert when every path it touches drifted.
    const unapplied = changes.filter((c) => {
        const d = driftByAddress.get(c.address);
        return !d || !c.paths.every((p) => d.paths.some((q) => pathsOverlap(p, q)));
    });
    for (const address of [...drift.map((d) => d.address), ...unapplied.map((c) => c.address)])
        ignored.delete(address);
    return {
        classification: drift.length > 0 ? 'drift' : unapplied.length > 0 ? 'unapplied' : 'clean',
        drifted: drift.map((d) => ({
            address: d.address,
            action: d.action,
            attributes: d.paths.map((p) => (p.length === 0 ? '*' : formatAttributePath(p)))
        })),
        unapplied: unapplied.map((c) => c.address),
        ignored: [...ignored].sort()
    };
}

;// CONCATENATED MODULE: ./src/drift-detect/plan.ts
/** Plans the units read-only with one `terragrunt run --all` and classifies each from its own JSON plan. */







/** Room for one unit's plan excerpt in a report and an issue body (GitHub holds 65,536 characters per body). */
const EXCERPT_BUDGET = 40_000;
/** Plan flags: never take the state lock (a read-only identity can run it, and applies are never blocked). */
function driftPlanArgs(mode) {
    return ['-lock=false', '-detailed-exitcode', ...(mode === 'refresh-only' ? ['-refresh-only'] : [])];
}
function planExcerpt(text, budget = EXCERPT_BUDGET) {
    if (!text.trim())
        return '';
    return truncateMiddle(display_toDiffLines(text), budget, isKeyPlanLine).join('\n');
}
/**
 * One unit's result from what the run left: its UnitPlan and its JSON plan (the file's text, or the value parsed
 * from it). Never `clean` without JSON.
 */
function unitResult(unit, plan, json, mode, rules) {
    const excerpt = planExcerpt(plan.text);
    const error = (message) => ({
        unit,
        classification: 'error',
        drifted: [],
        unapplied: [],
        ignored: [],
        error: (0,errors/* oneLine */.TN)(message, 300),
        excerpt
    });
    if (plan.status === 'error')
        return error(plan.error ?? 'plan failed');
    if (!json)
        return error('no JSON plan was written for this unit, so its drift cannot be told');
    try {
        return { unit, ...classifyPlan(json, mode, rules), excerpt };
    }
    catch (e) {
        return error(`its JSON plan could not be classified: ${e.message}`);
    }
}
/** Starts planning every unit under the root, before the units are known (see startPlanStack). */
function startPlans(o) {
    return start(o, undefined, true);
}
async function start(o, units, everyUnit) {
    await (0,promises_.mkdir)(o.outDir, { recursive: true });
    return startPlanStack({
        cli: o.cli,
        root: o.root,
        units,
        everyUnit,
        parallelism: o.parallelism,
        extraArgs: driftPlanArgs(o.mode),
        outDir: o.outDir,
        version: o.version,
        // A failed unit must not hide its dependents' drift: they read its outputs from state, which a plan never changes.
        queueIgnoreErrors: true
    });
}
/**
 * Plans `units` (or waits for `running`, started by startPlans when every unit is planned) and returns one result
 * per unit Terragrunt ran. Units its own `exclude` blocks leave out are returned apart: nothing is known about them,
 * so they are not covered and their issues are left alone.
 */
async function planUnits(o, running) {
    if (o.units.length === 0) {
        await running?.abort();
        return { results: [], excluded: [] };
    }
    const run = running ?? (await start(o, o.units, o.everyUnit));
    // each tfplan.json as planStack read and parsed it for the unit's plan: read and parsed once
    const jsonPlans = new Map();
    const plans = await finishPlanStack(run, o.units, jsonPlans);
    const byPath = new Map(plans.map((p) => [p.path, p]));
    const results = [];
    const excluded = [];
    for (const unit of o.units) {
        const plan = byPath.get(unit);
        if (!plan) {
            excluded.push(o.name(unit));
            continue;
        }
        results.push(unitResult(o.name(unit), plan, jsonPlans.get(unit), o.mode, o.rules));
    }
    return { results, excluded };
}

;// CONCATENATED MODULE: ./src/drift-detect/report.ts
/**
 * The per-shard JSON report (the hand-over from shard jobs to the aggregate job), and reading them back. The aggregate
 * run trusts a report only whole: one it cannot read covers nothing, so its units' issues stay as they are.
 */


const REPORT_SCHEMA = 1;
const REPORT_KIND = 'gitops-actions/drift-detect';
const reportFileName = (shard) => `drift-report-${shard.index}-of-${shard.count}.json`;
async function writeReport(dir, report) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, reportFileName(report.shard));
    await (0,promises_.writeFile)(path, `${JSON.stringify(report, null, 1)}\n`);
    return path;
}
const CLASSES = new Set(['drift', 'unapplied', 'clean', 'error']);
/** Checks the shape of a parsed report; returns why it is unusable, or undefined. */
function reportProblem(value) {
    if (typeof value !== 'object' || value === null)
        return 'not a JSON object';
    const r = value;
    if (r.kind !== REPORT_KIND)
        return 'not a drift-detect report';
    if (r.schema !== REPORT_SCHEMA)
        return `report schema ${String(r.schema)}, expected ${REPORT_SCHEMA}`;
    const s = r.shard;
    if (!s || !Number.isInteger(s.index) || !Number.isInteger(s.count) || s.index < 1 || s.index > s.count) {
        return 'no valid shard';
    }
    if (typeof r.scope !== 'string' ||
        !Array.isArray(r.discovered) ||
        !Array.isArray(r.selected) ||
        !Array.isArray(r.excluded) ||
        !Array.isArray(r.units)) {
        return 'fields missing';
    }
    for (const u of r.units) {
        if (typeof u?.unit !== 'string' || !CLASSES.has(u.classification) || !Array.isArray(u.drifted)) {
            return 'a unit entry is malformed';
        }
    }
    return undefined;
}
async function listReportFiles(dir, out = []) {
    for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const path = (0,external_node_path_.join)(dir, e.name);
        if (e.isDirectory())
            await listReportFiles(path, out);
        else if (/^drift-report-.*\.json$/.test(e.name))
            out.push(path);
    }
    return out;
}
/** Reads every `drift-report-*.json` under `dir` (download-artifact puts each artifact in its own folder). */
async function readReports(dir) {
    const files = (await listReportFiles(dir)).sort();
    const result = { reports: [], unreadable: [] };
    for (const file of files) {
        let value;
        try {
            value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (e) {
            result.unreadable.push({ file, reason: `not JSON (${e.message})` });
            continue;
        }
        const problem = reportProblem(value);
        if (problem)
            result.unreadable.push({ file, reason: problem });
        else
            result.reports.push(value);
    }
    return result;
}
/**
 * Merges shard reports. The first usable report fixes the shard count and working directory; reports that disagree
 * are set aside as problems (their units then count as not covered). A unit is removed only when no usable report
 * discovered it, so one stale report cannot close an issue.
 */
function mergeReports(read) {
    const problems = read.unreadable.map((u) => `${u.file}: ${u.reason}`);
    const [first] = read.reports;
    if (!first)
        return { shardCount: 0, results: [], notCovered: [], missingShards: [], problems };
    const byIndex = new Map();
    for (const r of read.reports) {
        if (r.shard.count !== first.shard.count) {
            problems.push(`shard ${r.shard.index}/${r.shard.count}: another shard count than ${first.shard.count}`);
        }
        else if (r.scope !== first.scope) {
            problems.push(`shard ${r.shard.index}/${r.shard.count}: working directory '${r.scope}', not '${first.scope}'`);
        }
        else if (r.mode !== first.mode) {
            problems.push(`shard ${r.shard.index}/${r.shard.count}: mode ${r.mode}, not ${first.mode}`);
        }
        else {
            const seen = byIndex.get(r.shard.index);
            if (seen)
                problems.push(`shard ${r.shard.index}/${r.shard.count}: two reports; using the newer one`);
            if (!seen || seen.createdAt < r.createdAt)
                byIndex.set(r.shard.index, r);
        }
    }
    const used = [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index);
    const missingShards = [];
    for (let i = 1; i <= first.shard.count; i++)
        if (!byIndex.has(i))
            missingShards.push(i);
    const results = new Map();
    for (const r of used)
        for (const u of r.units)
            results.set(u.unit, u);
    const excluded = new Set(used.flatMap((r) => r.excluded));
    const notCovered = [...new Set(used.flatMap((r) => r.selected))]
        .filter((u) => !results.has(u) && !excluded.has(u))
        .sort();
    const newest = used.reduce((a, b) => (a.createdAt >= b.createdAt ? a : b));
    return {
        mode: first.mode,
        scope: first.scope,
        shardCount: first.shard.count,
        results: [...results.values()].sort((a, b) => (a.unit < b.unit ? -1 : 1)),
        discovered: new Set(used.flatMap((r) => r.discovered)),
        notCovered,
        missingShards,
        problems,
        sha: newest.sha,
        runUrl: newest.runUrl
    };
}

;// CONCATENATED MODULE: ./src/drift-detect/shards.ts
/** Shards: a stable split of the sorted unit list into N contiguous, balanced slices (neighbours stay together). */

/** GitHub runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
function parseShard(text, input = 'shard') {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
        throw new errors/* InputError */.dz(input, text, `i/N with 1 ≤ i ≤ N ≤ ${MAX_SHARDS} (e.g. 2/8, as in the matrix output)`);
    }
    return { index, count };
}
const formatShard = (s) => `${s.index}/${s.count}`;
/** The units of shard `shard` out of `units` (sorted first, so every job computes the same split). */
function unitsOfShard(units, shard) {
    const sorted = [...units].sort();
    const start = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
    const end = Math.floor((shard.index * sorted.length) / shard.count);
    return sorted.slice(start, end);
}
/** How many shards `unitCount` units need at `maxPerShard` each, at least 1 and at most MAX_SHARDS. */
function shardCount(unitCount, maxPerShard) {
    return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(unitCount / maxPerShard)));
}
/** The `matrix` output: `{"shard": ["1/N", …, "N/N"]}`. */
function shardMatrix(count) {
    return { shard: Array.from({ length: count }, (_, i) => formatShard({ index: i + 1, count })) };
}

// EXTERNAL MODULE: ./src/drift-detect/units.ts + 13 modules
var drift_detect_units = __nccwpck_require__(3420);
;// CONCATENATED MODULE: ./src/drift-detect/check.ts
/** The three ways a run gets its unit results: list the shards, check units (one shard or all), or aggregate. */









function terragrunt(settings) {
    return { binary: settings.terragruntBinary, tfBinary: settings.tfBinary, runner: spawnRunner, env: {} };
}
const runnerTemp = () => process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)();
async function listShards(settings, ctx, log) {
    const found = await (0,drift_detect_units/* findUnits */.HH)(terragrunt(settings), ctx.workspace, settings.workingDirectory, settings, log);
    const count = shardCount(found.selected.length, settings.maxUnitsPerShard);
    return { matrix: shardMatrix(count), units: found.selected.length };
}
/**
 * Discovers, selects, takes this run's shard, plans it and writes the shard report. When every unit is checked (no
 * units/exclude patterns, one shard) the plan starts as soon as the Terragrunt version is known, beside discovery.
 */
async function checkUnits(settings, ctx, log) {
    const cli = terragrunt(settings);
    const finding = await (0,drift_detect_units/* startFinding */.M5)(cli, ctx.workspace, settings.workingDirectory, settings, log);
    const shard = settings.shard ?? { index: 1, count: 1 };
    const outDir = (0,external_node_path_.join)(runnerTemp(), `drift-detect-${process.pid}`);
    const planOptions = { cli, root: finding.root, version: finding.version, parallelism: settings.parallelism, outDir };
    const everyUnit = shard.count === 1 && [...settings.units, ...settings.exclude].every((p) => p.trim() === '');
    const running = everyUnit ? await startPlans({ ...planOptions, mode: settings.mode }) : undefined;
    if (running)
        log(`Terragrunt ${finding.version}: planning every unit while they are being discovered.`);
    let found;
    try {
        found = await finding.units;
    }
    catch (e) {
        await running?.abort();
        throw e;
    }
    for (const p of found.unmatchedExcludes)
        log(`Input 'exclude': '${p}' matches no unit.`);
    const units = unitsOfShard(found.selected, shard);
    const name = (unit) => (0,drift_detect_units/* workspaceUnit */._k)(found.scope, unit);
    log(`Terragrunt ${found.version}: ${found.selected.length} selected unit(s); shard ${shard.index}/${shard.count} checks ${units.length}.`);
    const { results, excluded } = await planUnits({
        ...planOptions,
        units,
        everyUnit: units.length === found.discovered.length,
        mode: settings.mode,
        rules: settings.ignore,
        name
    }, running);
    for (const u of excluded)
        log(`${u}: excluded by its Terragrunt configuration, not checked.`);
    const report = {
        schema: REPORT_SCHEMA,
        kind: REPORT_KIND,
        mode: settings.mode,
        shard,
        scope: found.scope,
        discovered: found.discovered.map(name),
        selected: found.selected.map(name),
        excluded,
        units: results,
        sha: ctx.sha,
        runUrl: ctx.runUrl,
        createdAt: new Date().toISOString()
    };
    const dir = settings.reportDir ? (0,external_node_path_.resolve)(ctx.workspace, settings.reportDir) : (0,external_node_path_.join)(runnerTemp(), 'drift-reports');
    const reportPath = await writeReport(dir, report);
    return { ...mergeReports({ reports: [report], unreadable: [] }), scope: found.scope, reportPath };
}
/** Reads every shard report of report-dir; the issue work then covers exactly what they cover. */
async function aggregateReports(settings, ctx) {
    if (!settings.reportDir) {
        throw new errors/* UserError */.yo("Input 'report-dir' is empty: with aggregate, point it at the downloaded shard reports.");
    }
    const dir = (0,external_node_path_.resolve)(ctx.workspace, settings.reportDir);
    const read = await readReports(dir).catch((e) => {
        if (e.code === 'ENOENT')
            throw new errors/* UserError */.yo(`Input 'report-dir' is '${settings.reportDir}', which does not exist.`);
        throw e;
    });
    const merged = mergeReports(read);
    if (read.reports.length === 0) {
        throw new errors/* UserError */.yo(`Input 'report-dir': no usable drift-report-*.json under '${settings.reportDir}'${read.unreadable.length > 0 ? ` (${merged.problems.join('; ')})` : ''}; nothing was reconciled.`);
    }
    const reportPath = (0,external_node_path_.join)(runnerTemp(), 'drift-aggregate.json');
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify({ kind: `${REPORT_KIND}/aggregate`, ...merged, discovered: undefined }, null, 1)}\n`);
    return { ...merged, scope: merged.scope ?? '.', reportPath };
}

;// CONCATENATED MODULE: ./src/core/github/errors.ts
/** Octokit's RequestError, read structurally so callers can test status codes without importing it. */
function httpStatus(error) {
    if (typeof error === 'object' && error !== null && 'status' in error) {
        const status = error.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/github/identity.ts
/**
 * The identity the token writes as. REST `GET /user` answers 403 for the job token and for App installation
 * tokens, so this asks GraphQL's `viewer`, which works for installation, App-user and personal tokens alike.
 * Logins differ between the two APIs for bots (REST adds `[bot]`), so ownership compares ids, never logins.
 */
async function readTokenIdentity(octokit) {
    const res = await octokit.graphql('query { viewer { __typename login databaseId } }');
    const { login, databaseId, __typename: type } = res.viewer;
    if (typeof databaseId !== 'number')
        throw new Error(`GitHub did not say which account the token acts as (${login})`);
    return { login: login.replace(/\[bot\]$/, ''), id: databaseId, ...(type ? { bot: type === 'Bot' } : {}) };
}
/** True when `object` was created by the token's own account: the second half of "ours" after the marker. */
function isAuthoredBy(object, identity) {
    return object.user?.id === identity.id;
}

;// CONCATENATED MODULE: ./src/core/github/marked-issue.ts


function toMarkedIssue(i) {
    return {
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        htmlUrl: i.html_url,
        labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
    };
}
/**
 * Our issues carrying `marker` among those with `label`: created by the token's own account (a look-alike by anyone
 * else is never ours). Listing by label (never the search API, whose index lags and whose rate limit is small) keeps
 * the lookup exact; pull requests are skipped.
 */
async function findIssuesByMarker(octokit, repo, label, marker, author, state = 'open') {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state,
        per_page: 100
    });
    return issues
        .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker) && isAuthoredBy(i, author))
        .map(toMarkedIssue);
}
/** Creates the label when the repository does not have it yet. */
async function ensureLabel(octokit, repo, name, color = 'd93f0b', description = '') {
    try {
        await octokit.rest.issues.getLabel({ ...repo, name });
    }
    catch (error) {
        if (httpStatus(error) !== 404)
            throw error;
        await octokit.rest.issues.createLabel({ ...repo, name, color, description });
    }
}
/**
 * Keeps one open issue per marker: updates the open one, or reopens the newest closed one when `reopen` is set,
 * or creates it. The body must contain the marker.
 */
async function upsertIssueByMarker(octokit, repo, marker, content, author, options = {}) {
    if (!content.body.includes(marker))
        throw new Error('upsertIssueByMarker: the body must contain its marker');
    const [label] = content.labels;
    const matches = await findIssuesByMarker(octokit, repo, label, marker, author, options.reopen ? 'all' : 'open');
    const open = matches.find((i) => i.state === 'open');
    const closed = matches.filter((i) => i.state === 'closed').sort((a, b) => b.number - a.number)[0];
    const existing = open ?? (options.reopen ? closed : undefined);
    if (!existing) {
        await ensureLabel(octokit, repo, label);
        const { data } = await octokit.rest.issues.create({
            ...repo,
            title: content.title,
            body: content.body,
            labels: content.labels
        });
        return { issue: toMarkedIssue(data), action: 'created' };
    }
    const same = existing.state === 'open' && existing.title === content.title && existing.body === content.body;
    if (same)
        return { issue: existing, action: 'unchanged' };
    const { data } = await octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        title: content.title,
        body: content.body,
        state: 'open'
    });
    return { issue: toMarkedIssue(data), action: existing.state === 'closed' ? 'reopened' : 'updated' };
}
/** Closes every open issue carrying `marker` (e.g. drift that is gone), with an optional closing comment. */
async function closeIssuesByMarker(octokit, repo, label, marker, author, comment) {
    const open = await findIssuesByMarker(octokit, repo, label, marker, author, 'open');
    for (const issue of open) {
        if (comment)
            await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: comment });
        await octokit.rest.issues.update({
            ...repo,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed'
        });
    }
    return open;
}

;// CONCATENATED MODULE: ./src/drift-detect/reconcile.ts

const ISSUE_SCHEMA = 1;
/** The issue to keep per unit (an open one first, else the newest closed), and the extra open ones. */
function pickIssues(existing) {
    const byUnit = new Map();
    for (const issue of existing)
        byUnit.set(issue.unit, [...(byUnit.get(issue.unit) ?? []), issue]);
    const chosen = new Map();
    const extra = [];
    for (const [unit, issues] of byUnit) {
        const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number);
        const keep = open[0] ?? [...issues].sort((a, b) => b.number - a.number)[0];
        chosen.set(unit, keep);
        for (const dup of open.slice(1))
            extra.push({ kind: 'close-duplicate', issue: dup, of: keep.number });
    }
    return { chosen, extra };
}
/** The payload after a drifted run: a continuing episode keeps its first-seen and counts on. */
function driftPayload(previous, unit, now, sha) {
    const continuing = previous?.status === 'drift';
    return {
        schema: ISSUE_SCHEMA,
        unit,
        status: 'drift',
        firstSeen: continuing ? previous.firstSeen : now,
        lastSeen: now,
        runsDrifted: continuing ? previous.runsDrifted + 1 : 1,
        sha
    };
}
function reconcile(input) {
    const { chosen, extra } = pickIssues(input.existing);
    const ops = [...extra];
    const overflow = [];
    let created = 0;
    const covered = new Set();
    for (const result of input.results) {
        covered.add(result.unit);
        const issue = chosen.get(result.unit);
        if (result.classification === 'drift') {
            const payload = driftPayload(issue?.payload, result.unit, input.now, input.sha);
            if (issue)
                ops.push({ kind: 'update', issue, result, payload, reopen: issue.state === 'closed' });
            else if (created < input.maxNew) {
                created++;
                ops.push({ kind: 'create', unit: result.unit, result, payload });
            }
            else
                overflow.push(result.unit);
        }
        else if (result.classification !== 'error' && issue?.state === 'open') {
            ops.push({ kind: 'close', issue, reason: 'resolved', result, payload: closedPayload(issue, 'resolved', input) });
        }
    }
    for (const [unit, issue] of chosen) {
        if (issue.state !== 'open' || covered.has(unit))
            continue;
        const gone = input.removed?.has(unit) === true ||
            (input.discovered !== undefined && !input.discovered.has(unit) && (0,drift_detect_units/* inScope */.SB)(input.scope, unit));
        if (gone)
            ops.push({ kind: 'close', issue, reason: 'removed', payload: closedPayload(issue, 'removed', input) });
    }
    return { ops, overflow };
}
function closedPayload(issue, status, input) {
    const p = issue.payload;
    return {
        schema: ISSUE_SCHEMA,
        unit: issue.unit,
        status,
        firstSeen: p?.firstSeen ?? input.now,
        lastSeen: p?.lastSeen ?? input.now,
        runsDrifted: p?.runsDrifted ?? 0,
        sha: input.sha
    };
}

;// CONCATENATED MODULE: ./src/core/time/format.ts
/**
 * A point in time for people to read: `2026-12-02 17:40 UTC`, or `2026-12-02 17:40:05 UTC` with `seconds` (cut, not
 * rounded: a deadline is never shown later than it is). For texts only (comments, issue bodies, summaries, one-line
 * reasons): markers, JSON outputs and stored payloads keep ISO 8601 with milliseconds.
 *
 * Takes epoch milliseconds, a Date or an ISO 8601 string; a string that is not an ISO timestamp (such as `—` for
 * "never") or an invalid date comes back unchanged, so stored values can be passed as they are.
 */
function formatUtc(at, options = {}) {
    if (typeof at === 'string' && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at))
        return at;
    const date = at instanceof Date ? at : new Date(at);
    if (Number.isNaN(date.getTime()))
        return String(at);
    const iso = date.toISOString(); // 2026-12-02T17:40:05.123Z
    return `${iso.slice(0, 10)} ${iso.slice(11, options.seconds ? 19 : 16)} UTC`;
}

;// CONCATENATED MODULE: ./src/drift-detect/render.ts
/** Markdown of the drift issues, their closing comments, the summary issue and the job summary. */




/** The marker action name: `<!-- gitops-actions:drift:<unit> -->`. */
const DRIFT_ACTION = 'drift';
/** Prefix every per-unit marker starts with, to list them all at once. */
const DRIFT_MARKER_PREFIX = '<!-- gitops-actions:drift:';
/** The summary issue is keyed by working directory under its own action name, so no unit path can collide with it. */
const SUMMARY_ACTION = 'drift-summary';
/** Issue bodies stay below GitHub's 65,536 characters with room to spare. */
const ISSUE_BODY_BUDGET = 60_000;
const MAX_LISTED = 50;
const unitMarker = (unit) => marker(DRIFT_ACTION, unit);
const issueTitle = (unit) => `Drift detected in ${unit}`;
function commitText(run) {
    return `${markdown_link('run', run.runUrl)} at commit ${inlineCode(run.sha.slice(0, 12))}`;
}
function listOf(items, line) {
    const shown = items.slice(0, MAX_LISTED).map(line);
    if (items.length > MAX_LISTED)
        shown.push(`- … and ${items.length - MAX_LISTED} more`);
    return shown.join('\n');
}
function excerptBlock(excerpt, room) {
    if (!excerpt.trim() || room < 200)
        return '';
    let text = excerpt;
    const overhead = textSize(details('Plan excerpt', fence('', 'diff'))) + 16;
    if (textSize(text) + overhead > room) {
        text = truncateMiddle(text.split('\n'), room - overhead, isKeyPlanLine).join('\n');
    }
    return details('Plan excerpt', fence(text, 'diff'));
}
/** The body of a drifted unit's issue: facts first, then the plan excerpt cut to what the body can hold. */
function renderIssueBody(result, payload, run) {
    const head = [
        unitMarker(result.unit),
        markerData(payload),
        `### Drift in ${inlineCode(result.unit)}`,
        '',
        'Resources of this unit changed outside the code. Bring them back with an apply, or change the code to match.',
        '',
        table(['', ''], [
            ['Unit', raw(inlineCode(result.unit))],
            ['Classification', raw(`**${result.classification}**`)],
            ['First seen', formatUtc(payload.firstSeen)],
            ['Last seen', raw(`${escapeMarkdownInline(formatUtc(payload.lastSeen))} (${commitText(run)})`)],
            ['Runs drifted', String(payload.runsDrifted)]
        ]),
        '',
        `**Drifted resources (${result.drifted.length})**`,
        '',
        listOf(result.drifted, (d) => `- ${inlineCode(d.address)} (${escapeMarkdownInline(d.action)}): ${d.attributes.map(inlineCode).join(', ')}`)
    ];
    if (result.unapplied.length > 0) {
        head.push('', `**Also changed in the code but not applied (${result.unapplied.length})**`, '');
        head.push(listOf(result.unapplied, (a) => `- ${inlineCode(a)}`));
    }
    const text = head.join('\n');
    const excerpt = excerptBlock(result.excerpt, ISSUE_BODY_BUDGET - textSize(text) - 2);
    return excerpt ? `${text}\n\n${excerpt}\n` : `${text}\n`;
}
/** The body a closed issue keeps: the same marker with the closed status, and what happened. */
function renderClosedBody(previousBody, payload, note) {
    const rest = previousBody
        .split('\n')
        .filter((l) => !l.startsWith('<!-- gitops-actions:drift:') && !l.startsWith('<!-- gitops-actions-data:'))
        .join('\n');
    return `${unitMarker(payload.unit)}\n${markerData(payload)}\n> [!NOTE]\n> ${note}\n\n${rest.trim()}\n`;
}
function resolvedComment(result, run) {
    const why = result.classification === 'unapplied' ? ' (the code has changes that are not applied yet; that is not drift)' : '';
    return `No drift in ${inlineCode(result.unit)} any more${why}: checked by ${commitText(run)}. Closing.`;
}
function removedComment(unit, run) {
    return `The unit ${inlineCode(unit)} no longer exists (checked by ${commitText(run)}). Closing as removed.`;
}
const CLASS_ORDER = ['drift', 'error', 'unapplied', 'clean'];
function unitRows(results, withClean) {
    return CLASS_ORDER.flatMap((c) => c === 'clean' && !withClean
        ? []
        : results
            .filter((r) => r.classification === c)
            .map((r) => [
            raw(inlineCode(r.unit)),
            c,
            r.classification === 'error'
                ? (r.error ?? '')
                : r.classification === 'drift'
                    ? raw(r.drifted
                        .slice(0, 5)
                        .map((d) => inlineCode(d.address))
                        .join(', ') + (r.drifted.length > 5 ? ', …' : ''))
                    : r.unapplied.length > 0
                        ? `${r.unapplied.length} resource change(s) in the code`
                        : ''
        ]));
}
/** The job summary: counts, what the issues did, and a table of every unit that is not clean. */
function renderJobSummary(facts, budget) {
    const count = (c) => facts.results.filter((r) => r.classification === c).length;
    const lines = [
        '## Drift detection',
        '',
        `${count('drift')} drifted, ${count('unapplied')} unapplied, ${count('error')} errored, ${count('clean')} clean unit(s).` +
            ` Issues: ${facts.opened} opened, ${facts.updated} updated, ${facts.closed} closed.`
    ];
    if (facts.overflow.length > 0) {
        lines.push('', `**Not opened (max-new-issues reached): ${facts.overflow.length} drifted unit(s)**: ${facts.overflow.map(inlineCode).join(', ')}`);
    }
    if (facts.missingShards.length > 0 || facts.problems.length > 0) {
        lines.push('', `**Not reconciled**: shard report(s) missing for shard(s) ${facts.missingShards.join(', ') || 'none'}; their units' issues are left as they are.`);
        for (const p of facts.problems)
            lines.push(`- ${escapeMarkdownInline(p)}`);
    }
    const rows = unitRows(facts.results, false);
    if (rows.length > 0)
        lines.push('', table(['Unit', 'Classification', 'Details'], rows));
    const text = lines.join('\n');
    return textSize(text) > budget ? `${text.slice(0, budget - 100)}\n\n… (cut to fit the job summary)\n` : `${text}\n`;
}
function renderSummaryIssue(payload, results, notCovered, run) {
    const covered = new Map(results.map((r) => [r.unit, r]));
    const rows = Object.entries(payload.units)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([unit, e]) => {
        const r = covered.get(unit);
        const drifted = r ? r.drifted.map((d) => d.address).join(', ') : 'not checked in this run';
        return [
            raw(inlineCode(unit)),
            e.classification,
            formatUtc(e.firstSeen),
            formatUtc(e.lastSeen),
            String(e.runsDrifted),
            drifted
        ];
    });
    const clean = results.filter((r) => r.classification === 'clean' || r.classification === 'unapplied').length;
    const body = [
        marker(SUMMARY_ACTION, payload.scope),
        markerData(payload),
        `### Drift in ${inlineCode(payload.scope)}`,
        '',
        `Checked by ${commitText(run)}: ${results.length} unit(s), ${clean} without drift` +
            (notCovered.length > 0 ? `, ${notCovered.length} not checked (missing shard reports).` : '.'),
        '',
        rows.length > 0
            ? table(['Unit', 'Classification', 'First seen', 'Last seen', 'Runs drifted', 'Drifted resources'], rows)
            : 'No unit drifts.'
    ].join('\n');
    return textSize(body) > ISSUE_BODY_BUDGET ? `${body.slice(0, ISSUE_BODY_BUDGET - 100)}\n\n… (cut)\n` : `${body}\n`;
}

;// CONCATENATED MODULE: ./src/drift-detect/issues.ts
/**
 * The issue work: one listing of our issues by label (never the search API), the reconcile plan, then the writes,
 * which the GitHub client spaces at least 1 s apart. Ours means our marker and created by the token's identity.
 */










/** The unit a per-unit marker names (percent-decoded), or undefined for other markers. */
function markedUnit(body) {
    const m = /<!-- gitops-actions:drift:(.*?) -->/.exec(body);
    if (!m)
        return undefined;
    try {
        return decodeURIComponent(m[1]);
    }
    catch {
        return undefined;
    }
}
function issues_readPayload(body, unit) {
    const data = parseMarkerData(body);
    if (!data || data.unit !== unit || typeof data.firstSeen !== 'string' || typeof data.runsDrifted !== 'number') {
        return undefined;
    }
    return data;
}
async function ownedIssues(w, me) {
    const found = await findIssuesByMarker(w.octokit, w.repo, w.labels[0], DRIFT_MARKER_PREFIX, me, 'all');
    const out = new Map();
    for (const issue of found) {
        const unit = markedUnit(issue.body);
        if (unit === undefined)
            continue;
        out.set(issue.number, {
            ...issue,
            owned: { number: issue.number, state: issue.state, unit, payload: issues_readPayload(issue.body, unit) }
        });
    }
    return out;
}
/** Per-unit issues: plan, then write. */
async function reconcileUnitIssues(w) {
    const me = await readTokenIdentity(w.octokit);
    const issues = await ownedIssues(w, me);
    const covered = new Set(w.results.map((r) => r.unit));
    const removed = new Set();
    for (const { owned } of issues.values()) {
        if (owned.state !== 'open' || covered.has(owned.unit) || !owned.unit.startsWith(drift_detect_units/* ARGOCD_PREFIX */.AV))
            continue;
        if (w.appExists && !(await w.appExists(owned.unit)))
            removed.add(owned.unit);
    }
    const plan = reconcile({
        removed,
        results: w.results,
        discovered: w.discovered,
        scope: w.scope,
        existing: [...issues.values()].map((i) => i.owned),
        maxNew: w.maxNew,
        now: w.now,
        sha: w.run.sha
    });
    const counts = { opened: 0, updated: 0, closed: 0, overflow: plan.overflow };
    if (plan.ops.some((op) => op.kind === 'create'))
        await ensureLabel(w.octokit, w.repo, w.labels[0]);
    for (const op of plan.ops)
        await apply(w, op, issues, counts);
    return counts;
}
/**
 * Creates an issue with the labels and assignees. GitHub answers 422 when an assignee cannot be assigned (no access
 * to the repository); the drift report matters more than the assignment, so it is created without them.
 */
async function createIssue(w, title, body) {
    const base = { ...w.repo, title, body, labels: w.labels };
    if (w.assignees.length === 0) {
        await w.octokit.rest.issues.create(base);
        return;
    }
    try {
        await w.octokit.rest.issues.create({ ...base, assignees: w.assignees });
    }
    catch (error) {
        if (httpStatus(error) !== 422 || !/assignee/i.test(error.message))
            throw error;
        actions_core/* warning */.$e(`Input 'assignees': GitHub refused ${w.assignees.join(', ')} (not assignable in ${w.repo.owner}/${w.repo.repo}); the issue was opened without assignees.`);
        await w.octokit.rest.issues.create(base);
    }
}
async function apply(w, op, issues, counts) {
    const { octokit, repo } = w;
    switch (op.kind) {
        case 'create':
            await createIssue(w, issueTitle(op.unit), renderIssueBody(op.result, op.payload, w.run));
            counts.opened++;
            return;
        case 'update':
            await octokit.rest.issues.update({
                ...repo,
                issue_number: op.issue.number,
                title: issueTitle(op.result.unit),
                body: renderIssueBody(op.result, op.payload, w.run),
                state: 'open'
            });
            if (op.reopen)
                counts.opened++;
            else
                counts.updated++;
            return;
        case 'close': {
            const previous = issues.get(op.issue.number)?.body ?? '';
            const comment = op.result ? resolvedComment(op.result, w.run) : removedComment(op.issue.unit, w.run);
            const note = op.reason === 'removed'
                ? `Closed: the unit no longer exists (${formatUtc(w.now)}).`
                : `Closed: no drift since ${formatUtc(w.now)}.`;
            await octokit.rest.issues.createComment({ ...repo, issue_number: op.issue.number, body: comment });
            await octokit.rest.issues.update({
                ...repo,
                issue_number: op.issue.number,
                state: 'closed',
                state_reason: op.reason === 'removed' ? 'not_planned' : 'completed',
                body: renderClosedBody(previous, op.payload, note)
            });
            counts.closed++;
            return;
        }
        case 'close-duplicate':
            await octokit.rest.issues.update({
                ...repo,
                issue_number: op.issue.number,
                state: 'closed',
                state_reason: 'duplicate'
            });
            counts.closed++;
            return;
    }
}
/** Summary mode: one issue per working directory with the table of every unit that is not clean. */
async function reconcileSummaryIssue(w) {
    const me = await readTokenIdentity(w.octokit);
    const key = marker(SUMMARY_ACTION, w.scope);
    const found = await findIssuesByMarker(w.octokit, w.repo, w.labels[0], key, me, 'all');
    const issue = found.find((i) => i.state === 'open') ?? found.sort((a, b) => b.number - a.number)[0];
    const previous = (issue ? parseMarkerData(issue.body) : undefined)?.units ?? {};
    const units = {};
    const covered = new Set(w.results.map((r) => r.unit));
    for (const [unit, entry] of Object.entries(previous)) {
        // Kept while not covered and still present; a covered unit is rewritten below, a removed one dropped.
        if (!covered.has(unit) && (!w.discovered || w.discovered.has(unit)))
            units[unit] = entry;
    }
    for (const r of w.results) {
        if (r.classification === 'clean' || r.classification === 'unapplied')
            continue;
        const before = previous[r.unit];
        const continuing = before?.classification === 'drift' && r.classification === 'drift';
        units[r.unit] = {
            classification: r.classification,
            firstSeen: continuing ? before.firstSeen : (before?.firstSeen ?? w.now),
            lastSeen: r.classification === 'drift' ? w.now : (before?.lastSeen ?? '—'),
            runsDrifted: r.classification === 'drift' ? (continuing ? before.runsDrifted + 1 : 1) : (before?.runsDrifted ?? 0)
        };
    }
    const payload = { schema: 1, scope: w.scope, units };
    const body = renderSummaryIssue(payload, w.results, w.notCovered, w.run);
    const anyDrift = Object.values(units).some((e) => e.classification === 'drift');
    const counts = { opened: 0, updated: 0, closed: 0, overflow: [] };
    const title = `Drift detected in ${w.scope === '.' ? 'the repository' : w.scope}`;
    if (!issue) {
        if (!anyDrift)
            return counts;
        await ensureLabel(w.octokit, w.repo, w.labels[0]);
        await createIssue(w, title, body);
        counts.opened++;
    }
    else if (anyDrift) {
        await w.octokit.rest.issues.update({ ...w.repo, issue_number: issue.number, title, body, state: 'open' });
        if (issue.state === 'closed')
            counts.opened++;
        else
            counts.updated++;
    }
    else if (issue.state === 'open') {
        await w.octokit.rest.issues.createComment({
            ...w.repo,
            issue_number: issue.number,
            body: `No unit drifts any more. Closing.`
        });
        await w.octokit.rest.issues.update({
            ...w.repo,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed',
            body
        });
        counts.closed++;
    }
    return counts;
}
/** The issue work of a run, as the settings ask (per-unit or summary), on what the run covered. */
function workOnIssues(settings, ctx, checked, appExists) {
    const work = {
        octokit: createGitHubClient({
            token: settings.githubToken,
            baseUrl: ctx.apiUrl,
            log: { info: (m) => actions_core/* info */.pq(m), warn: (m) => actions_core/* warning */.$e(m) }
        }),
        repo: ctx.repo,
        labels: settings.labels,
        assignees: settings.assignees,
        maxNew: settings.maxNewIssues,
        results: checked.results,
        discovered: checked.discovered,
        scope: checked.scope,
        notCovered: checked.notCovered,
        appExists,
        run: { sha: checked.sha ?? ctx.sha, runUrl: checked.runUrl ?? ctx.runUrl },
        now: new Date().toISOString()
    };
    return settings.issues === 'summary' ? reconcileSummaryIssue(work) : reconcileUnitIssues(work);
}

;// CONCATENATED MODULE: ./src/drift-detect/outcome.ts
/** Outputs, job summary, annotations and the step's verdict, from the unit results and the issue counts. */



const unitsOf = (checked, c) => checked.results.filter((r) => r.classification === c).map((r) => r.unit);
function setResultOutputs(checked) {
    const drifted = unitsOf(checked, 'drift');
    actions_core/* setOutput */.uH('drifted', String(drifted.length > 0));
    actions_core/* setOutput */.uH('drifted-units', JSON.stringify(drifted));
    actions_core/* setOutput */.uH('unapplied-units', JSON.stringify(unitsOf(checked, 'unapplied')));
    actions_core/* setOutput */.uH('errored-units', JSON.stringify([...unitsOf(checked, 'error'), ...checked.notCovered].sort()));
    actions_core/* setOutput */.uH('report-path', checked.reportPath);
}
const NO_ISSUE_WORK = { opened: 0, updated: 0, closed: 0, overflow: [] };
async function publishOutcome(checked, counts) {
    actions_core/* setOutput */.uH('issues-opened', String(counts.opened));
    actions_core/* setOutput */.uH('issues-updated', String(counts.updated));
    actions_core/* setOutput */.uH('issues-closed', String(counts.closed));
    const summary = renderJobSummary({ ...counts, ...checked, notCovered: checked.notCovered.length }, JOB_SUMMARY_LIMIT - 1024);
    await actions_core/* summary */.z.addRaw(summary, true).write();
}
/** Annotations per unit, and why the step fails (undefined: it passes). Shard runs leave failing to the aggregate. */
function verdict(checked, counts, kind, failOnDrift) {
    const errored = checked.results.filter((r) => r.classification === 'error');
    const annotate = kind === 'shard' ? actions_core/* warning */.$e : actions_core/* error */.z3;
    for (const r of errored)
        annotate(`${r.unit}: ${r.error ?? 'plan failed'}`, { title: 'Drift check failed for a unit' });
    for (const r of checked.results.filter((x) => x.classification === 'drift')) {
        actions_core/* warning */.$e(`${r.unit}: ${r.drifted.length} resource(s) changed outside the code`, { title: 'Drift' });
    }
    if (counts.overflow.length > 0) {
        actions_core/* warning */.$e(`${counts.overflow.length} drifted unit(s) got no issue because max-new-issues was reached: ${counts.overflow.join(', ')}`);
    }
    if (kind === 'shard')
        return undefined;
    const reasons = [];
    if (checked.missingShards.length > 0 || checked.problems.length > 0) {
        const shards = checked.missingShards.length > 0 ? `shard(s) ${checked.missingShards.join(', ')} have no usable report` : '';
        reasons.push(`${[shards, ...checked.problems].filter(Boolean).join('; ')}: ${checked.notCovered.length} unit(s) not reconciled, their issues left as they are`);
    }
    if (errored.length > 0) {
        const names = errored
            .slice(0, 5)
            .map((r) => r.unit)
            .join(', ');
        reasons.push(`${errored.length} unit(s) could not be planned: ${names}${errored.length > 5 ? ', …' : ''} (their issues stay open)`);
    }
    const drifted = unitsOf(checked, 'drift');
    if (failOnDrift && drifted.length > 0)
        reasons.push(`${drifted.length} unit(s) drifted and fail-on-drift is true`);
    return reasons.length > 0 ? reasons.join('. ') : undefined;
}

;// CONCATENATED MODULE: ./src/core/time/duration.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;
/**
 * Parses `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` into milliseconds. A bare number is read as seconds.
 * Returns undefined for anything else so callers can word the error for their own context.
 */
function parseDuration(text) {
    const s = text.trim().toLowerCase();
    if (/^\d+$/.test(s))
        return Number(s) * 1000;
    if (!DURATION.test(s))
        return undefined;
    let total = 0;
    for (const [, n, unit] of s.matchAll(PART))
        total += Number(n) * UNIT_MS[unit];
    return Math.round(total);
}
/** Formats milliseconds the way people write durations: `1h30m`, `45s`, `250ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let rest = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['d', 86_400],
        ['h', 3_600],
        ['m', 60],
        ['s', 1]
    ]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('');
}
const DURATION_FORMS = 'a duration such as 90s, 15m, 2h or 1h30m';

;// CONCATENATED MODULE: ./src/core/action/inputs.ts



const actionInputs = {
    getInput: (name) => actions_core/* getInput */.V4(name),
    getBooleanInput: (name) => actions_core/* getBooleanInput */.Vt(name)
};
/** An InputSource over a plain record, for tests and for inputs merged with a config file. */
function recordInputs(values) {
    const get = (name) => (values[name] ?? '').trim();
    return {
        getInput: get,
        getBooleanInput(name) {
            const v = get(name);
            if (['true', 'True', 'TRUE'].includes(v))
                return true;
            if (['false', 'False', 'FALSE'].includes(v))
                return false;
            throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
        }
    };
}
/** Splits a list written one item per line or comma-separated; trims and drops blanks. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** Typed readers that turn raw strings into values, each error naming the input, the value and the expected form. */
class InputReader {
    source;
    constructor(source = actionInputs) {
        this.source = source;
    }
    string(name) {
        return this.source.getInput(name).trim();
    }
    required(name) {
        const v = this.string(name);
        if (!v)
            throw new errors/* InputError */.dz(name, v, 'a non-empty value (this input is required)');
        return v;
    }
    optional(name) {
        return this.string(name) || undefined;
    }
    list(name) {
        return splitList(this.source.getInput(name));
    }
    /** Newline-separated only, for values that may contain commas (regular expressions, globs with braces). */
    lines(name) {
        return this.source
            .getInput(name)
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean);
    }
    boolean(name) {
        try {
            return this.source.getBooleanInput(name);
        }
        catch {
            throw new errors/* InputError */.dz(name, this.string(name), 'true or false');
        }
    }
    integer(name, bounds = {}) {
        const raw = this.string(name);
        const n = Number(raw);
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
        if (!/^-?\d+$/.test(raw) || n < min || n > max) {
            throw new errors/* InputError */.dz(name, raw, `a whole number${describeBounds(bounds)}`);
        }
        return n;
    }
    enum(name, allowed) {
        const raw = this.string(name);
        if (!allowed.includes(raw))
            throw new errors/* InputError */.dz(name, raw, `one of ${allowed.join(', ')}`);
        return raw;
    }
    /** Milliseconds from `90s`, `15m`, `2h`, `1h30m`. */
    duration(name) {
        const raw = this.string(name);
        const ms = parseDuration(raw);
        if (ms === undefined)
            throw new errors/* InputError */.dz(name, raw, DURATION_FORMS);
        return ms;
    }
    /**
     * A list of JavaScript regular expressions, one per line, compiled once: `pattern` or `/pattern/flags` (a line in
     * slashes whose tail is only flag letters, e.g. `/secret-[a-z]+/i`). `flags` are always added.
     */
    regexps(name, flags = 'g') {
        return this.lines(name).map((line) => {
            const { source, flags: own } = splitRegexpLiteral(line);
            try {
                return new RegExp(source, [...new Set(own + flags)].join(''));
            }
            catch (e) {
                throw new errors/* InputError */.dz(name, line, `a JavaScript regular expression, \`pattern\` or \`/pattern/flags\` (${e.message})`);
            }
        });
    }
}
/** `/abc/i` → source `abc`, flags `i`; anything else (e.g. `/home/user`, whose tail is no flags) is the source as is. */
function splitRegexpLiteral(line) {
    const m = /^\/(.+)\/([dgimsuvy]*)$/s.exec(line);
    return m ? { source: m[1], flags: m[2] } : { source: line, flags: '' };
}
function describeBounds({ min, max }) {
    if (min !== undefined && max !== undefined)
        return ` from ${min} to ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}

;// CONCATENATED MODULE: ./src/core/action/log.ts



/**
 * Writes text that came from elsewhere (plan output, Terragrunt's log) to the job log inside a collapsed group,
 * with workflow commands turned off around it: a plan line that starts with `::` (a resource attribute, a
 * malicious module's output) is shown, never run as `::set-output`, `::add-mask` or `::endgroup`.
 */
function logGroup(title, lines) {
    core.startGroup(title.replace(/[\r\n]+/g, ' '));
    logUntrusted(lines);
    core.endGroup();
}
/** As logGroup, without the group. */
function logUntrusted(lines) {
    if (lines.length === 0)
        return;
    // one write for all the lines (the same text as a core.info per line): a unit's plan can be thousands of lines
    const text = lines.join(EOL);
    if (!lines.some((l) => l.includes('::'))) {
        core.info(text);
        return;
    }
    const token = randomUUID();
    core.info(`::stop-commands::${token}`);
    core.info(text);
    core.info(`::${token}::`);
}

;// CONCATENATED MODULE: ./src/core/action/index.ts





;// CONCATENATED MODULE: ./src/drift-detect/settings.ts



function readSettings(inputs = new InputReader()) {
    const listShards = inputs.boolean('list-shards');
    const aggregate = inputs.boolean('aggregate');
    const shardText = inputs.string('shard');
    const shard = shardText ? parseShard(shardText) : undefined;
    if (shard && (listShards || aggregate)) {
        throw new errors/* InputError */.dz('shard', shardText, `empty when ${listShards ? 'list-shards' : 'aggregate'} is true`);
    }
    if (listShards && aggregate)
        throw new errors/* InputError */.dz('aggregate', 'true', 'false when list-shards is true');
    const kind = listShards ? 'list-shards' : aggregate ? 'aggregate' : shard ? 'shard' : 'single';
    const labels = inputs.list('labels');
    if (labels.length === 0)
        throw new errors/* InputError */.dz('labels', '', 'at least one label (the first one finds the issues)');
    const issues = inputs.enum('issues', ['per-unit', 'summary', 'off']);
    const githubToken = inputs.string('github-token');
    if (!githubToken && issues !== 'off' && (kind === 'single' || kind === 'aggregate')) {
        throw new errors/* InputError */.dz('github-token', '', `a token with issues: write, or issues: off`);
    }
    const server = inputs.string('argocd-server');
    const token = inputs.string('argocd-auth-token');
    if (token && !server)
        throw new errors/* InputError */.dz('argocd-server', '', 'the Argo CD server that argocd-auth-token is for');
    if (server && !token)
        throw new errors/* InputError */.dz('argocd-auth-token', '', `a token for argocd-server ${server}`);
    return {
        kind,
        workingDirectory: inputs.string('working-directory') || '.',
        units: inputs.list('units'),
        exclude: inputs.list('exclude'),
        mode: inputs.enum('mode', ['plan', 'refresh-only']),
        shard,
        maxUnitsPerShard: inputs.integer('max-units-per-shard', { min: 1 }),
        reportDir: inputs.optional('report-dir'),
        issues,
        labels: labels,
        maxNewIssues: inputs.integer('max-new-issues', { min: 0 }),
        assignees: inputs.list('assignees').map((a) => a.replace(/^@/, '')),
        ignore: parseIgnoreRules(inputs.lines('ignore')),
        argocd: server ? { server, token, selector: inputs.optional('argocd-selector') } : undefined,
        failOnDrift: inputs.boolean('fail-on-drift'),
        githubToken,
        terragruntBinary: inputs.string('terragrunt-binary') || 'terragrunt',
        tfBinary: inputs.optional('tf-binary'),
        parallelism: inputs.integer('parallelism', { min: 1, max: 64 })
    };
}


;// CONCATENATED MODULE: ./src/drift-detect/main.ts







function run() {
    return runAction(main);
}
async function main() {
    const settings = readSettings();
    if (settings.githubToken)
        actions_core/* setSecret */.Pq(settings.githubToken);
    if (settings.argocd)
        actions_core/* setSecret */.Pq(settings.argocd.token);
    const ctx = readRunContext(process.env);
    const log = (m) => actions_core/* info */.pq(m);
    if (settings.kind === 'list-shards') {
        const { matrix, units } = await listShards(settings, ctx, log);
        actions_core/* setOutput */.uH('matrix', JSON.stringify(matrix));
        log(`${units} unit(s) in ${matrix.shard.length} shard(s) of at most ${settings.maxUnitsPerShard}.`);
        return;
    }
    const checked = settings.kind === 'aggregate' ? await aggregateReports(settings, ctx) : await checkUnits(settings, ctx, log);
    // Argo CD is asked once, by the run that does the issue work; shard runs leave it to the aggregate run.
    // loaded only here: the Argo CD client brings undici, which would slow every run's start
    const argocd = settings.argocd && settings.kind !== 'shard'
        ? await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(442)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7442))).checkArgoCd(settings.argocd, (s) => actions_core/* setSecret */.Pq(s), log)
        : undefined;
    if (argocd)
        checked.results.push(...argocd.results);
    else if (settings.argocd)
        log('Argo CD applications are checked by the aggregate run, not by shard runs.');
    setResultOutputs(checked);
    const counts = settings.kind !== 'shard' && settings.issues !== 'off'
        ? await workOnIssues(settings, ctx, checked, argocd?.exists)
        : NO_ISSUE_WORK;
    await publishOutcome(checked, counts);
    const failure = verdict(checked, counts, settings.kind, settings.failOnDrift);
    if (failure)
        actions_core/* setFailed */.C1(failure);
}


/***/ }),

/***/ 3420:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AV: () => (/* binding */ ARGOCD_PREFIX),
  HH: () => (/* binding */ findUnits),
  SB: () => (/* binding */ inScope),
  M5: () => (/* binding */ startFinding),
  _k: () => (/* binding */ workspaceUnit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/action/errors.ts
var errors = __nccwpck_require__(6379);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./src/core/errors/user-error.ts
var user_error = __nccwpck_require__(3359);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/terragrunt/plugin-cache.ts





/**
 * @actions/cache (with its Azure and protobuf clients) is half of the bundle; it is loaded when the plugin cache is
 * first used, after discovery and the pull request's file list, so a run reaches its first API call sooner.
 */
const loadCache = () => Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(62), __nccwpck_require__.e(512), __nccwpck_require__.e(312)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9312));
const actionsCache = {
    isAvailable: async () => (await loadCache()).isFeatureAvailable(),
    restore: async (paths, key, restoreKeys) => (await loadCache()).restoreCache(paths, key, restoreKeys),
    save: async (paths, key) => {
        await (await loadCache()).saveCache(paths, key);
    }
};
/** `OpenTofu v1.10.6` / `Terraform v1.11.4` (first line of `version`) → the tool, or undefined. */
function plugin_cache_parseTfVersion(text) {
    const m = /^(OpenTofu|Terraform) v(\d+\.\d+\.\d+\S*)/m.exec(text);
    if (!m)
        return undefined;
    return { name: m[1] === 'OpenTofu' ? 'tofu' : 'terraform', version: m[2] };
}
/** From this OpenTofu on, concurrent `init`s may share a plugin cache (it locks the cache directory). */
const SAFE_TOFU = '1.10.0';
/** Terragrunt sets TF_PLUGIN_CACHE_DIR itself for OpenTofu ≥ 1.10 from here (commands.go at v0.89.0, v1.1.3). */
const TERRAGRUNT_MANAGES_CACHE = '0.89.0';
/**
 * Whether a plugin cache is safe here, and whose. Concurrent `init`s that share TF_PLUGIN_CACHE_DIR corrupt it in
 * Terraform (hashicorp/terraform#31964: one init unpacks a provider while another reads it) and in OpenTofu before
 * 1.10, so with those a shared cache is used only when units are planned one at a time. Terragrunt ≥ 0.89 with
 * OpenTofu ≥ 1.10 sets TF_PLUGIN_CACHE_DIR to `<user cache>/terragrunt/providers` itself unless it is set already
 * (setupAutoProviderCacheDir, internal/cli/commands/commands.go:384 at v1.1.3): then we leave the variable alone
 * and only carry that directory between runs.
 */
function decidePluginCache(f) {
    if (!f.tool)
        return { mode: 'off', reason: 'the OpenTofu/Terraform version could not be read' };
    const safeTool = f.tool.name === 'tofu' && semver.gte(semver.coerce(f.tool.version) ?? '0.0.0', SAFE_TOFU);
    const label = `${f.tool.name === 'tofu' ? 'OpenTofu' : 'Terraform'} ${f.tool.version}`;
    if (!safeTool && f.parallelism > 1) {
        return {
            mode: 'off',
            reason: `${label} does not lock a shared plugin cache, and ${f.parallelism} units initialise at once (set parallelism to 1, or use OpenTofu 1.10 or later)`
        };
    }
    if (f.presetDir)
        return { mode: 'ours', dir: f.presetDir, tool: f.tool };
    const tg = semver.coerce(f.terragruntVersion);
    if (safeTool && tg && semver.gte(tg, TERRAGRUNT_MANAGES_CACHE)) {
        return { mode: 'terragrunt', dir: join(f.userCacheDir, 'terragrunt', 'providers'), tool: f.tool };
    }
    return { mode: 'ours', dir: f.ourDir, tool: f.tool };
}
/** sha256 over every `.terraform.lock.hcl` below `root` (outside `.terragrunt-cache`), in path order. */
async function hashLockFiles(root) {
    const glob = await __nccwpck_require__.e(/* import() */ 62).then(__nccwpck_require__.bind(__nccwpck_require__, 9062));
    const globber = await glob.create([`${root}/**/.terraform.lock.hcl`, `!${root}/**/.terragrunt-cache/**`].join('\n'), {
        followSymbolicLinks: false
    });
    const files = (await globber.glob()).sort();
    const hash = createHash('sha256');
    for (const file of files) {
        hash.update(file.slice(root.length));
        hash.update(await readFile(file));
    }
    return hash.digest('hex').slice(0, 32);
}
/** What the cache directory holds: every file's path and size (provider packages never change in place). */
async function snapshotDir(dir) {
    const hash = createHash('sha256');
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = [];
    for (const e of entries) {
        if (!e.isFile() && !e.isSymbolicLink())
            continue;
        const path = join(e.parentPath, e.name);
        const size = await stat(path).then((s) => s.size, () => -1);
        files.push(`${relative(dir, path)}\u0000${size}`);
    }
    for (const f of files.sort())
        hash.update(`${f}\n`);
    return hash.digest('hex');
}
/**
 * Restores the provider plugin cache keyed by the tool, its version and the lock files, so each unit's `init`
 * links providers instead of downloading them. Returns undefined (and says why) when the cache service is not there.
 */
async function restorePluginCache(store, plan, root, platform, log) {
    if (!(await store.isAvailable())) {
        log('Plugin cache: the Actions cache service is not available here; providers will be downloaded.');
        return undefined;
    }
    await mkdir(plan.dir, { recursive: true });
    const prefix = `gitops-actions-tf-plugins-${platform}-${plan.tool.name}-${plan.tool.version}-`;
    const key = `${prefix}${await hashLockFiles(root)}`;
    let restoredKey;
    try {
        restoredKey = await store.restore([plan.dir], key, [prefix]);
        log(restoredKey ? `Plugin cache: restored ${restoredKey}` : `Plugin cache: no entry yet for ${key}`);
    }
    catch (e) {
        log(`Plugin cache: restore failed (${e.message}); continuing without it.`);
    }
    return { dir: plan.dir, key, restoredKey, snapshot: await snapshotDir(plan.dir) };
}
/** Saves the cache under its key when the run added to it (an exact hit that gained nothing is not saved again). */
async function savePluginCache(store, cacheState, log) {
    if ((await snapshotDir(cacheState.dir)) === cacheState.snapshot) {
        log('Plugin cache: unchanged, not saved.');
        return;
    }
    if (cacheState.restoredKey === cacheState.key) {
        // a cache entry is immutable: new providers under an exact hit wait for the next lock file change
        log(`Plugin cache: ${cacheState.key} exists; new providers are saved with the next lock file change.`);
        return;
    }
    try {
        await store.save([cacheState.dir], cacheState.key);
        log(`Plugin cache: saved ${cacheState.key}`);
    }
    catch (e) {
        log(`Plugin cache: not saved (${e.message}).`);
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/cli.ts




/**
 * The CLI redesign (`--working-dir`, `find`, `run --all`) arrived in 0.73, but up to 0.77.21 `run` and `find` refuse
 * to work without `--experiment cli-redesign` (cli/commands/run/cli.go:38 at v0.77.21), and before 0.77 `run --all`
 * had no `--out-dir`/`--json-out-dir` (cli/commands/run-all/command.go at v0.73.0). 0.77.22 is the first release
 * without the gate: we require it rather than drive an experimental CLI.
 */
const MIN_TERRAGRUNT = '0.77.22';
function run(cli, args, cwd) {
    return cli.runner.run(cli.binary, args, {
        cwd,
        timeoutMs: cli.deadline?.remaining(),
        env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
    });
}
/** `terragrunt --version` → `0.93.4`, or undefined when it cannot be read. */
async function terragruntVersion(cli, cwd) {
    const res = await run(cli, ['--version'], cwd);
    return /v?(\d+\.\d+\.\d+[\w.-]*)/.exec(res.stdout)?.[1];
}
/**
 * Fails early, in one line naming the input, when the Terragrunt binary is missing or older than the CLI this
 * action speaks; otherwise every unit would fail with the same confusing flag error.
 */
async function checkTerragrunt(cli, cwd, input = 'terragrunt-binary') {
    let version;
    try {
        version = await terragruntVersion(cli, cwd);
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            throw new user_error/* UserError */.y(`Input '${input}': '${cli.binary}' was not found on PATH; install Terragrunt ${MIN_TERRAGRUNT} or later in an earlier step.`);
        }
        throw e;
    }
    const parsed = version ? semver_default().coerce(version) : null;
    if (!parsed)
        throw new user_error/* UserError */.y(`Input '${input}': '${cli.binary} --version' did not print a Terragrunt version.`);
    if (semver_default().lt(parsed, MIN_TERRAGRUNT)) {
        throw new user_error/* UserError */.y(`Input '${input}': Terragrunt ${version} is older than ${MIN_TERRAGRUNT}, the oldest this action supports (the first whose \`run --all\` and \`find\` need no --experiment cli-redesign); install ${MIN_TERRAGRUNT} or later.`);
    }
    return version;
}
/**
 * `terragrunt find --json --dependencies`: Terragrunt's own view of the units and their dependencies. Undefined
 * when this Terragrunt has no `find` (older than the CLI redesign), so the caller falls back to scanning.
 */
async function findUnitsJson(cli, root, extraArgs = []) {
    const res = await run(cli, ['find', '--json', '--dependencies', ...extraArgs, '--working-dir', root, '--no-color'], root);
    if (res.exitCode !== 0)
        return undefined;
    const start = res.stdout.indexOf('[');
    return start >= 0 ? res.stdout.slice(start) : undefined;
}
/**
 * A `terragrunt-binary` (or `tf-binary`) given as a relative path (`./bin/terragrunt`, `tools/terragrunt`) means a
 * file in the workspace, wherever the action runs from; a bare name is looked up on PATH as usual.
 */
function resolveBinary(binary, workspace) {
    if (!/[\\/]/.test(binary) || isAbsolute(binary))
        return binary;
    return resolve(workspace, binary);
}
/**
 * The OpenTofu/Terraform Terragrunt will run and its version (`<tf-binary> version`; without a tf-binary `tofu`,
 * else `terraform`, the order Terragrunt picks them in). Undefined when neither answers.
 */
async function tfToolVersion(cli, cwd) {
    for (const binary of cli.tfBinary ? [cli.tfBinary] : ['tofu', 'terraform']) {
        try {
            const res = await cli.runner.run(binary, ['version'], { cwd, timeoutMs: cli.deadline?.remaining() });
            const tool = parseTfVersion(res.stdout);
            if (tool)
                return tool;
        }
        catch {
            // not installed: try the next one
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/brace-expansion/dist/esm/index.js + 1 modules
var esm = __nccwpck_require__(9540);
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return (0,esm/* expand */.fT)(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/core/terragrunt/hcl.ts
/**
 * A small, tolerant reader for HCL native syntax: enough structure (blocks, attributes, expressions) to find the
 * files and directories a Terragrunt config refers to, without evaluating it. It understands comments (`#`, `//`,
 * `/* *\/`), quoted templates with escapes and `${…}` / `%{…}` sequences, heredocs and nested brackets, so text that
 * only looks like a reference (inside a comment, a string literal or a heredoc) never becomes one. It is not a
 * validator: on a syntax error it records a message and skips to the next line.
 */
const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_-]/u;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEREDOC_HEADER = /<<(-?)([\p{L}_][\p{L}\p{N}_-]*)[ \t]*\r?\n/uy;
const PUNCT3 = ['...'];
const PUNCT2 = ['==', '!=', '<=', '>=', '&&', '||', '=>', '::'];
/** Splits HCL source into tokens; template tokens carry their literal parts and the tokens of each `${…}`. */
function hcl_tokenize(source) {
    const lexer = new Lexer(source);
    const tokens = lexer.tokens(false);
    tokens.push({ type: 'eof', start: source.length, end: source.length });
    return tokens;
}
class Lexer {
    src;
    pos = 0;
    constructor(src) {
        this.src = src;
    }
    /** Reads tokens to the end of input, or (inside `${…}`) to the brace that closes it. */
    tokens(inTemplate) {
        const src = this.src;
        const out = [];
        let depth = 0;
        while (this.pos < src.length) {
            const start = this.pos;
            const c = src[start];
            const next = src[start + 1];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
                this.pos++;
            }
            else if (c === '\n') {
                this.pos++;
                out.push({ type: 'newline', start, end: this.pos });
            }
            else if (c === '#' || (c === '/' && next === '/')) {
                const eol = src.indexOf('\n', start);
                this.pos = eol < 0 ? src.length : eol;
            }
            else if (c === '/' && next === '*') {
                const close = src.indexOf('*/', start + 2);
                this.pos = close < 0 ? src.length : close + 2;
            }
            else if (inTemplate && depth === 0 && (c === '}' || (c === '~' && next === '}'))) {
                this.pos += c === '~' ? 2 : 1;
                return out;
            }
            else if (c === '"') {
                out.push(this.quoted());
            }
            else if (c === '<' && next === '<' && this.heredocHeader() !== undefined) {
                out.push(this.heredoc());
            }
            else if (c >= '0' && c <= '9') {
                NUMBER.lastIndex = start;
                const m = NUMBER.exec(src);
                this.pos = start + m[0].length;
                out.push({ type: 'number', value: m[0], start, end: this.pos });
            }
            else if (IDENT_START.test(c)) {
                this.pos++;
                while (this.pos < src.length && IDENT_PART.test(src[this.pos]))
                    this.pos++;
                out.push({ type: 'ident', value: src.slice(start, this.pos), start, end: this.pos });
            }
            else {
                const three = src.slice(start, start + 3);
                const two = src.slice(start, start + 2);
                const value = PUNCT3.includes(three) ? three : PUNCT2.includes(two) ? two : c;
                this.pos += value.length;
                if (value === '{')
                    depth++;
                else if (value === '}')
                    depth--;
                out.push({ type: 'punct', value, start, end: this.pos });
            }
        }
        return out;
    }
    heredocHeader() {
        HEREDOC_HEADER.lastIndex = this.pos;
        return HEREDOC_HEADER.exec(this.src) ?? undefined;
    }
    /** A quoted template: `"…"` with escapes; an unterminated string ends at the end of its line. */
    quoted() {
        const src = this.src;
        const start = this.pos++;
        const parts = [];
        let literal = '';
        while (this.pos < src.length) {
            const c = src[this.pos];
            const next = src[this.pos + 1];
            if (c === '\n')
                break;
            if (c === '"') {
                this.pos++;
                break;
            }
            if (c === '\\') {
                literal += this.escape();
                continue;
            }
            if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
                literal += `${c}{`;
                this.pos += 3;
                continue;
            }
            if ((c === '$' || c === '%') && next === '{') {
                if (literal)
                    parts.push({ type: 'literal', value: literal });
                literal = '';
                parts.push(this.sequence(c));
                continue;
            }
            literal += c;
            this.pos++;
        }
        if (literal || parts.length === 0)
            parts.push({ type: 'literal', value: literal });
        return { type: 'template', parts, heredoc: false, start, end: this.pos };
    }
    escape() {
        const src = this.src;
        const e = src[this.pos + 1];
        const simple = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && e in simple) {
            this.pos += 2;
            return simple[e];
        }
        if (e === 'u' || e === 'U') {
            const len = e === 'u' ? 4 : 8;
            const hex = src.slice(this.pos + 2, this.pos + 2 + len);
            if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
                this.pos += 2 + len;
                const code = parseInt(hex, 16);
                return code <= 0x10ffff ? String.fromCodePoint(code) : '';
            }
        }
        this.pos += e === undefined || e === '\n' ? 1 : 2;
        return e === undefined || e === '\n' ? '\\' : `\\${e}`;
    }
    /** `${ expr }` or `%{ directive }` starting at `this.pos`. */
    sequence(kind) {
        const start = this.pos;
        this.pos += 2;
        if (this.src[this.pos] === '~')
            this.pos++;
        const tokens = this.tokens(true).filter((t) => t.type !== 'newline');
        return { type: kind === '$' ? 'interpolation' : 'directive', tokens, start, end: this.pos };
    }
    /** `<<EOF` / `<<-EOF` up to the line that holds only the marker (the newline after it is left for the parser). */
    heredoc() {
        const src = this.src;
        const start = this.pos;
        const header = this.heredocHeader();
        const marker = header[2];
        this.pos += header[0].length;
        const parts = [];
        let literal = '';
        let atLineStart = true;
        while (this.pos < src.length) {
            if (atLineStart) {
                const eol = src.indexOf('\n', this.pos);
                const line = src.slice(this.pos, eol < 0 ? src.length : eol);
                if (line.trim() === marker) {
                    this.pos = eol < 0 ? src.length : eol;
                    break;
                }
                atLineStart = false;
            }
            const c = src[this.pos];
            const next = src[this.pos + 1];
            if ((c === '$' || c === '%') && next === c && src[this.pos + 2] === '{') {
                literal += `${c}{`;
                this.pos += 3;
            }
            else if ((c === '$' || c === '%') && next === '{') {
                if (literal)
                    parts.push({ type: 'literal', value: literal });
                literal = '';
                parts.push(this.sequence(c));
            }
            else {
                literal += c;
                this.pos++;
                if (c === '\n')
                    atLineStart = true;
            }
        }
        if (literal || parts.length === 0)
            parts.push({ type: 'literal', value: literal });
        return { type: 'template', parts, heredoc: true, start, end: this.pos };
    }
}
class ParseError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
    }
}
const BINARY_PRECEDENCE = {
    '||': 1,
    '&&': 2,
    '==': 3,
    '!=': 3,
    '<': 4,
    '>': 4,
    '<=': 4,
    '>=': 4,
    '+': 5,
    '-': 5,
    '*': 6,
    '/': 6,
    '%': 6
};
/** Parses HCL source into blocks and attributes; never throws on bad syntax (see `HclFile.errors`). */
function hcl_parseHcl(source) {
    const errors = [];
    const parser = new Parser(source, hcl_tokenize(source), errors);
    const body = parser.body(false);
    return { source, body, errors };
}
/** The 1-based line of an offset in `source`. */
function hcl_lineAt(source, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++)
        if (source.charCodeAt(i) === 10)
            line++;
    return line;
}
/** The string value of an expression made only of literal text (a quoted string without `${}`), else undefined. */
function literalString(expr) {
    if (expr.kind === 'literal' && typeof expr.value === 'string')
        return expr.value;
    if (expr.kind === 'template' && !expr.directive && expr.parts.every((p) => typeof p === 'string')) {
        return expr.parts.join('');
    }
    return undefined;
}
/** Calls `visit` for every expression node under `expr` (itself included), depth first. */
function walkExpr(expr, visit) {
    visit(expr);
    switch (expr.kind) {
        case 'template':
            for (const p of expr.parts)
                if (typeof p !== 'string')
                    walkExpr(p, visit);
            break;
        case 'variable':
        case 'other':
            for (const c of expr.children)
                walkExpr(c, visit);
            break;
        case 'call':
            for (const a of expr.args)
                walkExpr(a, visit);
            break;
        case 'tuple':
            for (const i of expr.items)
                walkExpr(i, visit);
            break;
        case 'object':
            for (const { key, value } of expr.items) {
                walkExpr(key, visit);
                walkExpr(value, visit);
            }
            break;
        case 'literal':
            break;
    }
}
class Parser {
    source;
    toks;
    errors;
    i = 0;
    /** Above zero inside (), [] and {} expressions, where newlines do not end anything. */
    nesting = 0;
    constructor(source, toks, errors) {
        this.source = source;
        this.toks = toks;
        this.errors = errors;
    }
    body(inBlock) {
        const items = [];
        for (;;) {
            this.skipNewlines();
            const t = this.peekRaw();
            if (t.type === 'eof') {
                if (inBlock)
                    this.error('missing } before end of file', t.start);
                return items;
            }
            if (inBlock && isPunct(t, '}')) {
                this.i++;
                return items;
            }
            const itemStart = this.i;
            try {
                items.push(this.item());
                this.endOfItem();
            }
            catch (err) {
                if (!(err instanceof ParseError))
                    throw err;
                this.error(err.message, err.at);
                this.i = itemStart;
                this.recover(inBlock);
            }
        }
    }
    item() {
        const first = this.peekRaw();
        if (first.type !== 'ident')
            throw new ParseError(`expected an attribute or block, found ${describe(first)}`, first.start);
        this.i++;
        const after = this.peekRaw();
        if (isPunct(after, '=')) {
            this.i++;
            const expr = this.expr();
            return { type: 'attribute', name: first.value, expr, start: first.start };
        }
        const labels = [];
        for (;;) {
            const t = this.peekRaw();
            if (t.type === 'ident')
                labels.push(t.value);
            else if (t.type === 'template' && !t.heredoc && t.parts.every((p) => p.type === 'literal')) {
                labels.push(t.parts.map((p) => (p.type === 'literal' ? p.value : '')).join(''));
            }
            else
                break;
            this.i++;
        }
        const open = this.peekRaw();
        if (!isPunct(open, '{'))
            throw new ParseError(`expected = or { after ${first.value}, found ${describe(open)}`, open.start);
        this.i++;
        const saved = this.nesting;
        this.nesting = 0;
        try {
            const body = this.body(true);
            return { type: 'block', name: first.value, labels, body, start: first.start };
        }
        finally {
            this.nesting = saved;
        }
    }
    endOfItem() {
        const t = this.peekRaw();
        if (t.type === 'newline')
            this.i++;
        else if (t.type !== 'eof' && !isPunct(t, '}'))
            throw new ParseError(`unexpected ${describe(t)}`, t.start);
    }
    /**
     * Skips the item that starts at the current token: to the end of its line, counting brackets so a multi-line
     * value is skipped whole, and stopping before the `}` that closes the enclosing block.
     */
    recover(inBlock) {
        let depth = 0;
        for (;;) {
            const t = this.toks[this.i];
            if (t.type === 'eof')
                return;
            if (t.type === 'newline' && depth <= 0) {
                this.i++;
                return;
            }
            if (t.type === 'punct') {
                if (t.value === '{' || t.value === '[' || t.value === '(')
                    depth++;
                else if (t.value === '}' || t.value === ']' || t.value === ')') {
                    if (depth <= 0 && t.value === '}' && inBlock)
                        return;
                    depth--;
                }
            }
            this.i++;
        }
    }
    error(message, at) {
        this.errors.push(`line ${hcl_lineAt(this.source, at)}: ${message}`);
    }
    skipNewlines() {
        while (this.toks[this.i].type === 'newline')
            this.i++;
    }
    peekRaw() {
        return this.toks[this.i];
    }
    /** The next token, skipping newlines inside brackets. */
    peek() {
        if (this.nesting > 0)
            this.skipNewlines();
        return this.toks[this.i];
    }
    next() {
        const t = this.peek();
        if (t.type !== 'eof')
            this.i++;
        return t;
    }
    expect(value) {
        const t = this.peek();
        if (!isPunct(t, value))
            throw new ParseError(`expected ${value}, found ${describe(t)}`, t.start);
        this.i++;
        return t;
    }
    nested(fn) {
        this.nesting++;
        try {
            return fn();
        }
        finally {
            this.nesting--;
        }
    }
    expr() {
        const cond = this.binary(0);
        if (isPunct(this.peek(), '?')) {
            this.i++;
            const yes = this.expr();
            this.expect(':');
            const no = this.expr();
            return { kind: 'other', children: [cond, yes, no], start: cond.start, end: no.end };
        }
        return cond;
    }
    binary(minPrecedence) {
        let left = this.unary();
        for (;;) {
            const t = this.peek();
            const precedence = t.type === 'punct' ? BINARY_PRECEDENCE[t.value] : undefined;
            if (precedence === undefined || precedence <= minPrecedence)
                return left;
            this.i++;
            const right = this.binary(precedence);
            left = { kind: 'other', children: [left, right], start: left.start, end: right.end };
        }
    }
    unary() {
        const t = this.peek();
        if (isPunct(t, '-') || isPunct(t, '!')) {
            this.i++;
            const operand = this.unary();
            return { kind: 'other', children: [operand], start: t.start, end: operand.end };
        }
        return this.postfix(this.primary());
    }
    postfix(base) {
        let expr = base;
        for (;;) {
            const t = this.peek();
            if (isPunct(t, '.')) {
                this.i++;
                const part = this.next();
                let key;
                if (part.type === 'ident' || part.type === 'number')
                    key = part.value;
                else if (isPunct(part, '*'))
                    key = null;
                else
                    throw new ParseError(`expected an attribute name after ., found ${describe(part)}`, part.start);
                expr = this.extend(expr, key, [], part.end);
            }
            else if (isPunct(t, '[')) {
                this.i++;
                const { key, children, end } = this.nested(() => {
                    if (isPunct(this.peek(), '*')) {
                        this.i++;
                        return { key: null, children: [], end: this.expect(']').end };
                    }
                    const index = this.expr();
                    const lit = index.kind === 'literal' ? index.value : literalString(index);
                    const k = typeof lit === 'string' || typeof lit === 'number' ? String(lit) : null;
                    return { key: k, children: k === null ? [index] : [], end: this.expect(']').end };
                });
                expr = this.extend(expr, key, children, end);
            }
            else {
                return expr;
            }
        }
    }
    extend(expr, key, children, end) {
        if (expr.kind === 'variable')
            return { ...expr, path: [...expr.path, key], children: [...expr.children, ...children], end };
        return { kind: 'other', children: [expr, ...children], start: expr.start, end };
    }
    primary() {
        const t = this.next();
        switch (t.type) {
            case 'number':
                return { kind: 'literal', value: Number(t.value), start: t.start, end: t.end };
            case 'template':
                return this.template(t);
            case 'ident':
                return this.identifier(t);
            case 'punct':
                if (t.value === '(') {
                    const inner = this.nested(() => {
                        const e = this.expr();
                        this.expect(')');
                        return e;
                    });
                    return inner;
                }
                if (t.value === '[')
                    return this.nested(() => this.tuple(t.start));
                if (t.value === '{')
                    return this.nested(() => this.object(t.start));
                break;
        }
        throw new ParseError(`expected an expression, found ${describe(t)}`, t.start);
    }
    identifier(t) {
        if (t.value === 'true' || t.value === 'false')
            return { kind: 'literal', value: t.value === 'true', ...span(t) };
        if (t.value === 'null')
            return { kind: 'literal', value: null, ...span(t) };
        let name = t.value;
        // provider::name::function(...)
        while (isPunct(this.peekRaw(), '::') && this.toks[this.i + 1].type === 'ident') {
            name += `::${this.toks[this.i + 1].value}`;
            this.i += 2;
        }
        if (isPunct(this.peekRaw(), '(')) {
            this.i++;
            return this.nested(() => {
                const args = [];
                for (;;) {
                    const n = this.peek();
                    if (isPunct(n, ')')) {
                        this.i++;
                        return { kind: 'call', name, args, start: t.start, end: n.end };
                    }
                    args.push(this.expr());
                    if (isPunct(this.peek(), '...'))
                        this.i++;
                    const sep = this.peek();
                    if (isPunct(sep, ','))
                        this.i++;
                    else if (!isPunct(sep, ')'))
                        throw new ParseError(`expected , or ) in call to ${name}, found ${describe(sep)}`, sep.start);
                }
            });
        }
        return { kind: 'variable', name, path: [], children: [], start: t.start, end: t.end };
    }
    template(t) {
        const parts = [];
        let directive = false;
        for (const part of t.parts) {
            if (part.type === 'literal')
                parts.push(part.value);
            else if (part.type === 'directive')
                directive = true;
            else
                parts.push(this.sub(part.tokens, part.start));
        }
        return { kind: 'template', parts, directive, start: t.start, end: t.end };
    }
    /** Parses the tokens of one `${…}` with a parser of its own. */
    sub(tokens, at) {
        const last = tokens[tokens.length - 1];
        const end = last ? last.end : at;
        const parser = new Parser(this.source, [...tokens, { type: 'eof', start: end, end }], this.errors);
        parser.nesting = 1;
        const expr = parser.expr();
        const rest = parser.peek();
        if (rest.type !== 'eof')
            throw new ParseError(`unexpected ${describe(rest)} in interpolation`, rest.start);
        return expr;
    }
    tuple(start) {
        if (isIdent(this.peek(), 'for'))
            return this.forExpr(start, ']');
        const items = [];
        for (;;) {
            const n = this.peek();
            if (isPunct(n, ']')) {
                this.i++;
                return { kind: 'tuple', items, start, end: n.end };
            }
            items.push(this.expr());
            const sep = this.peek();
            if (isPunct(sep, ','))
                this.i++;
            else if (!isPunct(sep, ']'))
                throw new ParseError(`expected , or ] in list, found ${describe(sep)}`, sep.start);
        }
    }
    object(start) {
        if (isIdent(this.peek(), 'for'))
            return this.forExpr(start, '}');
        const items = [];
        for (;;) {
            const n = this.peek();
            if (isPunct(n, '}')) {
                this.i++;
                return { kind: 'object', items, start, end: n.end };
            }
            const key = this.expr();
            const eq = this.next();
            if (!isPunct(eq, '=') && !isPunct(eq, ':'))
                throw new ParseError(`expected = or : in object, found ${describe(eq)}`, eq.start);
            const value = this.expr();
            items.push({ key, value });
            if (isPunct(this.peek(), ','))
                this.i++;
        }
    }
    forExpr(start, close) {
        this.i++; // for
        const children = [];
        const name = this.next();
        if (name.type !== 'ident')
            throw new ParseError(`expected a name after for, found ${describe(name)}`, name.start);
        if (isPunct(this.peek(), ',')) {
            this.i++;
            this.next();
        }
        if (!isIdent(this.next(), 'in'))
            throw new ParseError('expected in after for', name.end);
        children.push(this.expr());
        this.expect(':');
        children.push(this.expr());
        if (isPunct(this.peek(), '=>')) {
            this.i++;
            children.push(this.expr());
        }
        if (isPunct(this.peek(), '...'))
            this.i++;
        if (isIdent(this.peek(), 'if')) {
            this.i++;
            children.push(this.expr());
        }
        const end = this.expect(close).end;
        return { kind: 'other', children, start, end };
    }
}
function span(t) {
    return { start: t.start, end: t.end };
}
function isPunct(t, value) {
    return t.type === 'punct' && t.value === value;
}
function isIdent(t, value) {
    return t.type === 'ident' && t.value === value;
}
function describe(t) {
    switch (t.type) {
        case 'eof':
            return 'end of file';
        case 'newline':
            return 'end of line';
        case 'template':
            return 'a string';
        default:
            return `'${t.value}'`;
    }
}

;// CONCATENATED MODULE: ./src/core/terragrunt/hcl-refs.ts
/**
 * What a Terragrunt unit's config depends on, found by reading its `terragrunt.hcl` (and the files it includes or
 * reads) without running Terragrunt: included and read config files, files read by `file()`-like functions, local
 * module sources (and the local modules those call), and the units named by `dependency` / `dependencies` blocks.
 *
 * Paths are evaluated the way Terragrunt evaluates them, for the functions that matter to paths:
 * - in the unit's own file, `get_terragrunt_dir()` and `find_in_parent_folders()` start from the unit;
 * - in an included file (`include { path = … }`) they still start from the INCLUDING unit (Terragrunt parses the
 *   include in the child's context), while `get_parent_terragrunt_dir()` is the included file's directory;
 * - in a file read by `read_terragrunt_config()` they start from the read file (Terragrunt switches context);
 * - relative `include`, `read_terragrunt_config`, `dependency`, `sops_decrypt_file` and `terraform.source` paths are
 *   relative to the current config directory (the unit for included files); `file()` / `templatefile()` paths are
 *   relative to the directory of the file that calls them.
 * `find_in_parent_folders` never searches above the repository root and, like Terragrunt (config_helpers.go
 * `FindInParentFolders`: `util.FileExists`, an `os.Stat`), matches directories too. Locals of other files are followed:
 * `include.<label>.locals.x` (an `expose = true` include) and `local.y.locals.x` where `y = read_terragrunt_config(…)`;
 * `values.x` reads `terragrunt.values.hcl` beside the config (a unit generated by a stack). Var files passed in
 * `extra_arguments` (`-var-file=…`, `required_var_files`, `optional_var_files`) are read files. Symbolic links inside
 * the unit and its local modules count as their targets.
 *
 * Expressions it cannot evaluate (a `local` built from a `dependency` output, `get_env`, a conditional…) and paths
 * that resolve to nothing that exists are listed in `unresolved`: the caller treats the unit as affected.
 */



/** `file:line: cannot resolve what (expression)`, one line. */
function describeUnresolved(u) {
    if (u.what === 'syntax')
        return `${u.file}:${u.line}: ${u.expression}`;
    const missing = u.missing !== undefined ? `: ${u.missing} does not exist` : '';
    return `${u.file}:${u.line}: cannot resolve ${u.what} (${u.expression})${missing}`;
}
/** Extensions of the files OpenTofu/Terraform (and Terragrunt) read from a module directory. */
const MODULE_FILE = /\.(tf|tf\.json|tofu|tofu\.json|hcl|tfvars|tfvars\.json)$/;
/** Whether a change to `file` (relative to the root) changes what the module `mod` makes OpenTofu read. */
function moduleReads(mod, file) {
    const inside = mod.path === '.' ? !file.startsWith('../') : file.startsWith(`${mod.path}/`);
    if (inside && mod.readsAll)
        return true;
    if (inside && path.posix.dirname(file) === mod.path && MODULE_FILE.test(file))
        return true;
    return mod.reads.some((r) => (r.endsWith('/') ? file.startsWith(r) : r === file));
}
function createHclCache() {
    return { files: new Map(), kinds: new Map(), moduleCalls: new Map(), repoRoots: new Map(), links: new Map() };
}
/** Reads the refs of the unit in `unitDir` (absolute, or relative to `root`). */
async function readUnitRefs(unitDir, root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const absUnit = external_node_path_default().resolve(absRoot, unitDir);
    const cache = opts.cache ?? createHclCache();
    const repoRoot = opts.repoRoot !== undefined ? external_node_path_default().resolve(opts.repoRoot) : await findRepoRoot(absRoot, cache);
    const state = newState(absRoot, repoRoot, cache);
    const config = external_node_path_default().join(absUnit, 'terragrunt.hcl');
    await analyze(state, newScope('unit', config, absUnit, absUnit), []);
    if (opts.modules !== false) {
        await followModules(state);
        await followLinks(state, absUnit);
        await followStacks(state, absUnit);
    }
    const unit = hcl_refs_rel(absRoot, absUnit);
    return {
        unit,
        config: hcl_refs_rel(absRoot, config),
        hasTerraformBlock: state.hasTerraformBlock,
        files: [...state.files.values()].filter((f) => f.path !== hcl_refs_rel(absRoot, config)),
        modules: [...state.modules.values()].map(({ path: p, via, reads, readsAll }) => ({
            path: p,
            via,
            reads: [...reads].sort(),
            readsAll
        })),
        dirs: [...state.dirs.values()],
        dependencies: [...state.dependencies].filter((d) => d !== unit).sort(),
        unresolved: dedupe(state.unresolved)
    };
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((u) => {
        const key = describeUnresolved(u);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** The nearest directory at or above `dir` that holds `.git` (a directory or a worktree file), else `dir`. */
async function findRepoRoot(dir, cache = createHclCache()) {
    const start = external_node_path_default().resolve(dir);
    let pending = cache.repoRoots.get(start);
    if (!pending) {
        pending = (async () => {
            for (let current = start;;) {
                if ((await kindOf(cache, external_node_path_default().join(current, '.git'))) !== undefined)
                    return current;
                const parent = external_node_path_default().dirname(current);
                if (parent === current)
                    return start;
                current = parent;
            }
        })();
        cache.repoRoots.set(start, pending);
    }
    return pending;
}
/** `path` relative to `root` with `/` separators (`.` for root itself). */
function hcl_refs_rel(root, p) {
    const r = external_node_path_default().relative(root, p).split((external_node_path_default()).sep).join('/');
    return r === '' ? '.' : r;
}
function newState(root, repoRoot, cache) {
    return {
        root,
        repoRoot,
        cache,
        files: new Map(),
        modules: new Map(),
        dirs: new Map(),
        dependencies: new Set(),
        unresolved: [],
        visited: new Set(),
        readScopes: new Map(),
        hasTerraformBlock: false
    };
}
function newScope(kind, file, configDir, originalDir) {
    return {
        kind,
        file,
        configDir,
        originalDir,
        includes: new Map(),
        includeScopes: new Map(),
        locals: new Map(),
        localValues: new Map()
    };
}
/** Parses the scope's file once and records its locals. */
function load(state, scope) {
    scope.loaded ??= (async () => {
        const hcl = scope.file.endsWith('.json') ? undefined : await parsed(state.cache, scope.file);
        for (const item of hcl?.body ?? []) {
            if (item.type === 'block' && item.name === 'locals') {
                for (const a of attributes(item.body))
                    scope.locals.set(a.name, a.expr);
            }
        }
        return hcl;
    })();
    return scope.loaded;
}
const UNKNOWN = Symbol('unknown');
const EVALUATING = Symbol('evaluating');
/** An object whose attributes are evaluated when asked for (a config's `locals`, an include, an object literal). */
class LazyObject {
    get;
    constructor(get) {
        this.get = get;
    }
}
/** Functions whose first argument names a file the config depends on. */
const READ_FUNCTIONS = {
    read_terragrunt_config: 'read',
    file: 'file',
    templatefile: 'file',
    filebase64: 'file',
    sops_decrypt_file: 'file',
    read_tfvars_file: 'file',
    mark_as_read: 'file'
};
/** `file()`-family functions resolve relative paths from the calling file's directory, the rest from the config dir. */
const FILE_RELATIVE = new Set(['file', 'templatefile', 'filebase64']);
/**
 * The Terragrunt version from which `find --reading` lists what a function reads (config_helpers.go
 * `trackFileRead`, v0.92.0: read_terragrunt_config, sops_decrypt_file, read_tfvars_file, mark_as_read) and includes
 * (include.go, v0.94.0). HCL's own `file()` family is never tracked.
 */
const TRACKED_SINCE = {
    read_terragrunt_config: '0.92.0',
    sops_decrypt_file: '0.92.0',
    read_tfvars_file: '0.92.0',
    mark_as_read: '0.92.0',
    include: '0.94.0'
};
const MAX_DEPTH = 16;
async function analyze(state, scope, via) {
    const key = `${scope.kind}\0${scope.file}\0${scope.configDir}`;
    if (state.visited.has(key) || via.length > MAX_DEPTH)
        return;
    state.visited.add(key);
    if (scope.file.endsWith('.json'))
        return;
    const hcl = await load(state, scope);
    if (!hcl)
        return;
    const here = hcl_refs_rel(state.root, scope.file);
    for (const error of hcl.errors) {
        const m = /^line (\d+): (.*)$/.exec(error);
        state.unresolved.push({ file: here, line: m ? Number(m[1]) : 0, what: 'syntax', expression: m ? m[2] : error });
    }
    /** What refs found in this file are reached through (the unit's own file is not listed). */
    const chain = scope.kind === 'unit' ? via : [...via, here];
    const report = (expr, what, extra = {}) => {
        const text = hcl.source.slice(expr.start, expr.end).replace(/\s+/g, ' ').trim();
        const shown = text.length > 100 ? `${text.slice(0, 99)}…` : text;
        state.unresolved.push({ file: here, line: hcl_lineAt(hcl.source, expr.start), what, expression: shown, ...extra });
    };
    // Includes first: get_parent_terragrunt_dir() in the unit's own file depends on them.
    const includes = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || item.name !== 'include')
            continue;
        const attr = attributes(item.body).find((a) => a.name === 'path');
        if (!attr)
            continue;
        const value = await evaluate(attr.expr, scope, state);
        if (typeof value !== 'string') {
            report(attr.expr, 'include path', { trackedSince: TRACKED_SINCE.include });
            continue;
        }
        const file = external_node_path_default().resolve(scope.configDir, value);
        if ((await kindOf(state.cache, file)) !== 'file') {
            report(attr.expr, 'include path', { trackedSince: TRACKED_SINCE.include, missing: hcl_refs_rel(state.root, file) });
            continue;
        }
        const includeScope = newScope(scope.kind === 'read' ? 'read' : 'include', file, scope.configDir, scope.originalDir);
        includeScope.includeDir = external_node_path_default().dirname(file);
        includes.push(includeScope);
        if (scope.kind === 'unit') {
            scope.includes.set(item.labels[0] ?? '', file);
            scope.includeScopes.set(item.labels[0] ?? '', includeScope);
        }
    }
    for (const item of hcl.body) {
        if (item.type === 'block' && item.name === 'terraform' && scope.kind !== 'read')
            state.hasTerraformBlock = true;
        await visitItem(item, [], scope, state, chain, report);
    }
    if (scope.kind === 'stack')
        await visitStackComponents(hcl, scope, state, chain, report);
    for (const includeScope of includes) {
        await addFile(state, includeScope.file, 'include', chain);
        // A read file's include is part of what is read, not merged into the unit.
        await analyze(state, includeScope, chain);
    }
}
async function visitItem(item, blocks, scope, state, via, report) {
    if (item.type === 'block') {
        for (const child of item.body)
            await visitItem(child, [...blocks, item.name], scope, state, via, report);
        return;
    }
    const where = blocks.join('.');
    const merged = scope.kind === 'unit' || scope.kind === 'include';
    if (where === 'include' && item.name === 'path') {
        // Evaluated in analyze(); its calls (find_in_parent_folders) are not file reads.
    }
    else if (merged && where === 'dependency' && item.name === 'config_path') {
        const value = await evaluate(item.expr, scope, state);
        if (typeof value === 'string')
            addDependency(state, scope, value);
        else
            report(item.expr, 'dependency config_path', { trackedSince: 'find --dependencies' });
    }
    else if (merged && where === 'dependencies' && item.name === 'paths') {
        const value = await evaluate(item.expr, scope, state);
        const list = item.expr.kind === 'tuple' ? item.expr.items : undefined;
        if (Array.isArray(value)) {
            value.forEach((v, i) => {
                if (typeof v === 'string')
                    addDependency(state, scope, v);
                else
                    report(list?.[i] ?? item.expr, 'dependencies path', { trackedSince: 'find --dependencies' });
            });
        }
        else
            report(item.expr, 'dependencies paths', { trackedSince: 'find --dependencies' });
    }
    else if (merged && where === 'terraform' && item.name === 'source') {
        const value = await evaluate(item.expr, scope, state);
        if (typeof value !== 'string')
            report(item.expr, 'terraform source');
        else {
            const local = localSource(value);
            if (local !== undefined) {
                const dir = external_node_path_default().resolve(scope.configDir, local);
                if ((await kindOf(state.cache, dir)) !== 'dir')
                    report(item.expr, 'terraform source', { missing: hcl_refs_rel(state.root, dir) });
                else
                    await addModule(state, dir, via);
            }
        }
    }
    else if (merged && where === 'terraform.extra_arguments') {
        await visitVarFiles(item, scope, state, via, report);
    }
    await visitCalls(item.expr, scope, state, via, report);
}
/**
 * Var files OpenTofu reads because Terragrunt passes them: `required_var_files` (must exist), `optional_var_files`
 * (passed only when they exist, so a missing one is fine) and `-var-file=…` / `-var-file …` in `arguments`. A relative
 * path is relative to OpenTofu's working directory, a copy of the unit in `.terragrunt-cache`: files of the unit
 * itself count already, anything else cannot be placed.
 */
async function visitVarFiles(item, scope, state, via, report) {
    const kind = item.name;
    if (kind !== 'required_var_files' && kind !== 'optional_var_files' && kind !== 'arguments')
        return;
    const items = item.expr.kind === 'tuple' ? item.expr.items : undefined;
    const value = await evaluate(item.expr, scope, state);
    if (!Array.isArray(value))
        return report(item.expr, `extra_arguments ${kind}`);
    const use = async (file, expr, required) => {
        const abs = external_node_path_default().resolve(scope.originalDir, file);
        if (!external_node_path_default().isAbsolute(file) && !isInside(scope.originalDir, abs)) {
            return report(expr, 'var file (relative to .terragrunt-cache)');
        }
        if (required && (await kindOf(state.cache, abs)) !== 'file') {
            return report(expr, 'var file', { missing: hcl_refs_rel(state.root, abs) });
        }
        await addFile(state, abs, 'file', via);
    };
    for (let i = 0; i < value.length; i++) {
        const v = value[i];
        const expr = items?.[i] ?? item.expr;
        if (kind !== 'arguments') {
            if (typeof v === 'string')
                await use(v, expr, kind === 'required_var_files');
            else
                report(expr, `extra_arguments ${kind}`);
            continue;
        }
        if (typeof v !== 'string') {
            // Could be a -var-file (or its value) built at run time.
            report(expr, 'extra_arguments argument');
            continue;
        }
        const m = /^--?var-file(?:=(.*))?$/.exec(v);
        if (!m)
            continue;
        if (m[1] !== undefined)
            await use(m[1], expr, true);
        else {
            const next = value[++i];
            if (typeof next === 'string')
                await use(next, items?.[i] ?? item.expr, true);
            else
                report(items?.[i] ?? item.expr, 'extra_arguments argument');
        }
    }
}
/** Records every file-reading call under `expr` and follows read_terragrunt_config into the file it reads. */
async function visitCalls(expr, scope, state, via, report) {
    const calls = [];
    walkExpr(expr, (e) => {
        if (e.kind === 'call' && e.name in READ_FUNCTIONS && e.args.length > 0)
            calls.push(e);
    });
    for (const call of calls) {
        const arg = call.args[0];
        const value = await evaluate(arg, scope, state);
        const trackedSince = TRACKED_SINCE[call.name];
        if (typeof value !== 'string') {
            report(arg, `${call.name} path`, { trackedSince });
            continue;
        }
        const file = await readTarget(state, scope, call.name, value);
        if ((await kindOf(state.cache, file)) !== 'file') {
            report(arg, `${call.name} path`, { trackedSince, missing: hcl_refs_rel(state.root, file) });
            continue;
        }
        const kind = READ_FUNCTIONS[call.name];
        await addFile(state, file, kind, via);
        if (kind === 'read')
            await analyze(state, readScope(state, scope, file), via);
    }
}
/** The file a read function names: relative to the calling file or the config dir; a directory means its config. */
async function readTarget(state, scope, fn, value) {
    const base = FILE_RELATIVE.has(fn) ? external_node_path_default().dirname(scope.file) : scope.configDir;
    const file = external_node_path_default().resolve(base, value);
    if (fn === 'read_terragrunt_config' && (await kindOf(state.cache, file)) === 'dir') {
        return external_node_path_default().join(file, 'terragrunt.hcl');
    }
    return file;
}
/** One scope per file read by read_terragrunt_config: Terragrunt evaluates it in its own directory. */
function readScope(state, from, file) {
    let scope = state.readScopes.get(file);
    if (!scope) {
        scope = newScope('read', file, external_node_path_default().dirname(file), from.originalDir);
        state.readScopes.set(file, scope);
    }
    return scope;
}
function addDependency(state, scope, value) {
    const target = external_node_path_default().resolve(scope.configDir, value);
    state.dependencies.add(hcl_refs_rel(state.root, /\.hcl(\.json)?$/.test(target) ? external_node_path_default().dirname(target) : target));
}
/** Records a file ref; a file reached through a symbolic link is recorded at its target too. */
async function addFile(state, abs, kind, via) {
    for (const p of await pathAndTarget(state, abs)) {
        const existing = state.files.get(p);
        if (!existing || existing.via.length > via.length)
            state.files.set(p, { path: p, kind, via });
    }
}
async function addModule(state, abs, via) {
    for (const p of await pathAndTarget(state, abs)) {
        const existing = state.modules.get(p);
        if (!existing || existing.via.length > via.length) {
            state.modules.set(p, { path: p, via, abs: external_node_path_default().resolve(state.root, p), reads: new Set(), readsAll: false });
        }
    }
}
function addDir(state, abs, via) {
    const p = hcl_refs_rel(state.root, abs);
    if (!state.dirs.has(p))
        state.dirs.set(p, { path: p, via });
}
/** The path relative to the root, plus its real path when a symbolic link is on the way. */
async function pathAndTarget(state, abs) {
    const out = [hcl_refs_rel(state.root, abs)];
    const real = await (0,promises_.realpath)(abs).catch(() => undefined);
    const realRoot = await (0,promises_.realpath)(state.root).catch(() => state.root);
    if (real !== undefined) {
        const target = hcl_refs_rel(realRoot, real);
        if (!out.includes(target))
            out.push(target);
    }
    return out;
}
/** Follows `module` blocks with local sources in the `.tf` files of each local module, breadth first. */
async function followModules(state) {
    const queue = [...state.modules.values()];
    const seen = new Set(queue.map((m) => m.abs));
    while (queue.length > 0) {
        const mod = queue.shift();
        const scan = await moduleScan(state.cache, mod.abs);
        if (scan.readsAll)
            mod.readsAll = true;
        for (const file of scan.reads)
            for (const p of await pathAndTarget(state, file))
                mod.reads.add(p);
        for (const dir of scan.readDirs)
            for (const p of await pathAndTarget(state, dir))
                mod.reads.add(`${p}/`);
        // OpenTofu reads a file named at run time (`file(var.x)`): which one, and whether the PR changes it, is unknown.
        for (const u of scan.unresolved) {
            state.unresolved.push({ ...u, file: hcl_refs_rel(state.root, u.file), what: `${u.what} in module ${mod.path}` });
        }
        for (const child of scan.calls) {
            if (seen.has(child))
                continue;
            seen.add(child);
            await addModule(state, child, [...mod.via, mod.path]);
            const added = state.modules.get(hcl_refs_rel(state.root, child));
            if (added)
                queue.push(added);
        }
    }
}
/** Functions of OpenTofu that read a file named by their first argument. */
const TF_READ_FUNCTIONS = new Set([
    'file',
    'templatefile',
    'filebase64',
    'filemd5',
    'filesha1',
    'filesha256',
    'filesha512',
    'filebase64sha256',
    'filebase64sha512',
    'fileset'
]);
/** Module calls and file reads in the `.tf`/`.tofu` files directly in `dir`. */
function moduleScan(cache, dir) {
    let pending = cache.moduleCalls.get(dir);
    if (!pending) {
        pending = (async () => {
            const out = { calls: [], reads: [], readDirs: [], readsAll: false, unresolved: [] };
            let entries;
            try {
                entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
            }
            catch {
                return out;
            }
            for (const e of entries) {
                if (e.isSymbolicLink() && MODULE_FILE.test(e.name))
                    out.reads.push(external_node_path_default().join(dir, e.name));
            }
            const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && /\.(tf|tofu)$/.test(e.name));
            for (const name of names.map((e) => e.name).sort()) {
                const hcl = await parsed(cache, external_node_path_default().join(dir, name));
                for (const item of hcl?.body ?? []) {
                    if (item.type === 'block' && item.name === 'module') {
                        const source = attributes(item.body).find((a) => a.name === 'source');
                        const value = source && literalString(source.expr);
                        if (value !== undefined && (value.startsWith('./') || value.startsWith('../'))) {
                            out.calls.push(external_node_path_default().resolve(dir, value));
                        }
                    }
                }
                if (!hcl)
                    continue;
                const tfFile = external_node_path_default().join(dir, name);
                walkBody(hcl.body, (e) => {
                    if (e.kind !== 'call' || !TF_READ_FUNCTIONS.has(e.name) || e.args.length === 0)
                        return;
                    const target = modulePath(e.args[0], dir);
                    if (target === undefined) {
                        const text = hcl.source.slice(e.args[0].start, e.args[0].end).replace(/\s+/g, ' ').trim();
                        out.unresolved.push({
                            file: tfFile,
                            line: hcl_lineAt(hcl.source, e.args[0].start),
                            what: `${e.name} path`,
                            expression: text.length > 100 ? `${text.slice(0, 99)}…` : text
                        });
                    }
                    else if (e.name !== 'fileset')
                        out.reads.push(target);
                    else if (isInside(dir, target))
                        out.readsAll = true;
                    else
                        out.readDirs.push(target);
                });
            }
            return out;
        })();
        cache.moduleCalls.set(dir, pending);
    }
    return pending;
}
/** A path built from literals and `path.module` (relative paths: the module directory), else undefined. */
function modulePath(expr, dir) {
    const part = (e) => {
        if (typeof e === 'string')
            return e;
        if (e.kind === 'literal' && typeof e.value === 'string')
            return e.value;
        if (e.kind === 'variable' && e.name === 'path' && e.path.length === 1 && e.path[0] === 'module')
            return dir;
        return undefined;
    };
    const parts = expr.kind === 'template' && !expr.directive ? expr.parts.map(part) : [part(expr)];
    if (parts.some((p) => p === undefined))
        return undefined;
    return external_node_path_default().resolve(dir, parts.join(''));
}
function walkBody(body, visit) {
    for (const item of body) {
        if (item.type === 'block')
            walkBody(item.body, visit);
        else
            walkExpr(item.expr, visit);
    }
}
/**
 * Symbolic links in the unit directory (hidden directories and nested units skipped): Terragrunt copies the unit into
 * `.terragrunt-cache` through them, so a change to a target changes the unit.
 */
async function followLinks(state, unitDir) {
    for (const l of await linksUnder(state.cache, unitDir)) {
        const via = [`symlink ${hcl_refs_rel(state.root, l.link)}`];
        if (l.target === undefined) {
            state.unresolved.push({
                file: hcl_refs_rel(state.root, l.link),
                line: 0,
                what: 'symlink',
                expression: hcl_refs_rel(state.root, l.link),
                missing: 'its target'
            });
        }
        else if (l.isDir)
            addDir(state, l.target, via);
        else
            await addFile(state, l.target, 'link', via);
    }
}
function linksUnder(cache, dir) {
    let pending = cache.links.get(dir);
    if (!pending) {
        pending = (async () => {
            const out = [];
            const walk = async (d, top) => {
                let entries;
                try {
                    entries = await (0,promises_.readdir)(d, { withFileTypes: true });
                }
                catch {
                    return;
                }
                if (!top && entries.some((e) => e.name === 'terragrunt.hcl'))
                    return;
                for (const e of entries) {
                    const p = external_node_path_default().join(d, e.name);
                    if (e.isSymbolicLink()) {
                        const target = await (0,promises_.realpath)(p).catch(() => undefined);
                        const isDir = target !== undefined && (await (0,promises_.stat)(target).then((s) => s.isDirectory()));
                        out.push({ link: p, target, isDir });
                    }
                    else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
                        await walk(p, false);
                }
            };
            await walk(dir, true);
            return out;
        })();
        cache.links.set(dir, pending);
    }
    return pending;
}
// ---------------------------------------------------------------------------------------------------------------
// Stacks
/** Where Terragrunt generates a stack's units and stacks (pkg/config/stack.go `StackDir`, v0.73.0 onwards). */
const hcl_refs_STACK_DIR = '.terragrunt-stack';
const hcl_refs_STACK_FILE = 'terragrunt.stack.hcl';
/**
 * A unit generated by a stack (`<dir>/.terragrunt-stack/<path>`) depends on every stack file that generated it (the
 * one in `<dir>`, and for nested stacks the ones above), on what those files read, and on the local `source` of the
 * `unit`/`stack` block that generated it: Terragrunt copies that directory into `.terragrunt-stack` on every run.
 */
async function followStacks(state, unitDir) {
    const parts = unitDir.split((external_node_path_default()).sep);
    for (let i = parts.length - 1; i > 0; i--) {
        if (parts[i] !== hcl_refs_STACK_DIR)
            continue;
        const stackDir = parts.slice(0, i).join((external_node_path_default()).sep) || (external_node_path_default()).sep;
        const generated = parts.slice(i + 1).join('/');
        const file = external_node_path_default().join(stackDir, hcl_refs_STACK_FILE);
        if ((await kindOf(state.cache, file)) !== 'file')
            continue;
        const scope = newScope('stack', file, stackDir, stackDir);
        scope.generated = generated;
        await addFile(state, file, 'stack', []);
        await analyze(state, scope, []);
    }
}
/**
 * The `unit` and `stack` blocks of a stack file: the block whose `path` the generated unit lies under contributes its
 * local `source` directory. When the block cannot be told (a `path` or `source` it cannot evaluate), every block's
 * source counts and the expression is reported.
 */
async function visitStackComponents(hcl, scope, state, via, report) {
    const here = hcl_refs_rel(state.root, scope.file);
    const components = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || (item.name !== 'unit' && item.name !== 'stack'))
            continue;
        const attrs = attributes(item.body);
        const pathAttr = attrs.find((a) => a.name === 'path');
        const sourceAttr = attrs.find((a) => a.name === 'source');
        const noDot = attrs.find((a) => a.name === 'no_dot_terragrunt_stack');
        const p = pathAttr ? await evaluate(pathAttr.expr, scope, state) : UNKNOWN;
        const src = sourceAttr ? await evaluate(sourceAttr.expr, scope, state) : UNKNOWN;
        const dotless = noDot ? await evaluate(noDot.expr, scope, state) : false;
        components.push({
            label: `${item.name} "${item.labels[0] ?? ''}"`,
            // no_dot_terragrunt_stack generates next to the stack file instead: not under .terragrunt-stack.
            path: typeof p === 'string' && dotless === false ? external_node_path_default().posix.normalize(p).replace(/^\.\/|\/$/g, '') : undefined,
            source: typeof src === 'string' ? src : undefined,
            sourceExpr: sourceAttr?.expr,
            pathExpr: pathAttr?.expr
        });
    }
    const generated = scope.generated ?? '';
    const owner = components.find((c) => c.path !== undefined && (generated === c.path || generated.startsWith(`${c.path}/`)));
    const relevant = owner ? [owner] : components;
    if (!owner) {
        for (const c of components.filter((x) => x.path === undefined && x.pathExpr)) {
            report(c.pathExpr, `${c.label} path`);
        }
    }
    for (const c of relevant) {
        if (c.source === undefined) {
            if (c.sourceExpr)
                report(c.sourceExpr, `${c.label} source`);
            continue;
        }
        const local = localSource(c.source);
        if (local === undefined)
            continue;
        const dir = external_node_path_default().resolve(scope.configDir, local);
        if ((await kindOf(state.cache, dir)) !== 'dir') {
            report(c.sourceExpr, `${c.label} source`, { missing: hcl_refs_rel(state.root, dir) });
            continue;
        }
        addDir(state, dir, [`${here} ${c.label}`]);
    }
}
/**
 * The `unit` and `stack` blocks of the stack file `file` (absolute), evaluated in its directory as Terragrunt does.
 * `text`, when given, stands in for the file's content (another revision of it, e.g. the pull request's base).
 * Undefined when there is no such file; `errors` lists syntax errors (`line N: …`).
 */
async function hcl_refs_stackComponents(file, root, opts = {}) {
    const absRoot = path.resolve(root);
    const absFile = path.resolve(absRoot, file);
    // Another revision of the file must not enter a shared cache under the file's own path.
    const cache = opts.text !== undefined ? createHclCache() : (opts.cache ?? createHclCache());
    if (opts.text !== undefined)
        cache.files.set(absFile, Promise.resolve(parseHcl(opts.text)));
    const repoRoot = opts.repoRoot !== undefined ? path.resolve(opts.repoRoot) : await findRepoRoot(absRoot, cache);
    const state = newState(absRoot, repoRoot, cache);
    const dir = path.dirname(absFile);
    const scope = newScope('stack', absFile, dir, dir);
    const hcl = await load(state, scope);
    if (!hcl)
        return undefined;
    const components = [];
    for (const item of hcl.body) {
        if (item.type !== 'block' || (item.name !== 'unit' && item.name !== 'stack'))
            continue;
        const attrs = attributes(item.body);
        const value = async (name) => {
            const attr = attrs.find((a) => a.name === name);
            return attr ? evaluate(attr.expr, scope, state) : undefined;
        };
        const p = await value('path');
        const src = await value('source');
        const noDot = (await value('no_dot_terragrunt_stack')) ?? false;
        const local = typeof src === 'string' ? localSource(src) : undefined;
        components.push({
            kind: item.name,
            name: item.labels[0] ?? '',
            dir: typeof p === 'string' && typeof noDot === 'boolean'
                ? hcl_refs_rel(absRoot, path.resolve(noDot ? dir : path.join(dir, hcl_refs_STACK_DIR), p))
                : undefined,
            source: local !== undefined ? hcl_refs_rel(absRoot, path.resolve(dir, local)) : undefined,
            line: lineAt(hcl.source, item.start)
        });
    }
    return { components, errors: hcl.errors };
}
/**
 * The local path of a `terraform.source`, or undefined for remote sources (`git::`, `tfr://`, `https://`,
 * `github.com/…`, `git@…`, S3/GCS hosts). A `//` subdirectory separator is collapsed: the module that runs is the
 * subdirectory.
 */
function localSource(source) {
    let s = source.trim();
    if (s === '')
        return undefined;
    if (s.startsWith('file://'))
        s = s.slice('file://'.length);
    else if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(s) || /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(s))
        return undefined;
    else if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && !/^[A-Za-z]:[\\/]/.test(s))
        return undefined; // tfr:, git@host:…
    else if (/^git@/.test(s))
        return undefined;
    else if (!s.startsWith('.') && !s.startsWith('/') && /^[^/]*\.[^/]*\//.test(s))
        return undefined; // host.tld/…
    s = s.replace(/\?.*$/, '');
    return s.replace(/(?<!^)\/\/+/g, '/');
}
function attributes(body) {
    return body.filter((item) => item.type === 'attribute');
}
// ---------------------------------------------------------------------------------------------------------------
// Evaluation of the path-building subset of HCL and Terragrunt functions.
async function evaluate(expr, scope, state) {
    switch (expr.kind) {
        case 'literal':
            return expr.value;
        case 'template': {
            if (expr.directive)
                return UNKNOWN;
            let out = '';
            for (const part of expr.parts) {
                if (typeof part === 'string') {
                    out += part;
                    continue;
                }
                const v = await evaluate(part, scope, state);
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    out += String(v);
                else
                    return UNKNOWN;
            }
            return out;
        }
        case 'tuple': {
            const out = [];
            for (const item of expr.items)
                out.push(await evaluate(item, scope, state));
            return out;
        }
        case 'variable': {
            let value = await variable(expr.name, scope, state);
            for (const key of expr.path)
                value = await attribute(value, key);
            return value;
        }
        case 'object': {
            const items = expr.items;
            return new LazyObject(async (key) => {
                for (const item of items) {
                    const k = item.key.kind === 'variable' && item.key.path.length === 0 ? item.key.name : literalString(item.key);
                    if (k === key)
                        return evaluate(item.value, scope, state);
                }
                return UNKNOWN;
            });
        }
        case 'call': {
            const args = [];
            for (const a of expr.args)
                args.push(await evaluate(a, scope, state));
            return call(expr.name, args, scope, state);
        }
        default:
            return UNKNOWN;
    }
}
/** The root of a traversal: `local`, `include` (labels to the included files), `values` (terragrunt.values.hcl). */
async function variable(name, scope, state) {
    if (name === 'local')
        return new LazyObject((key) => local(key, scope, state));
    if (name === 'include' && scope.kind === 'unit') {
        return new LazyObject((label) => {
            const included = scope.includeScopes.get(label);
            return Promise.resolve(included ? configObject(state, included) : UNKNOWN);
        });
    }
    if (name === 'values') {
        const file = external_node_path_default().join(scope.configDir, 'terragrunt.values.hcl');
        if ((await kindOf(state.cache, file)) !== 'file')
            return UNKNOWN;
        const valuesScope = newScope('read', file, scope.configDir, scope.originalDir);
        const hcl = await load(state, valuesScope);
        return new LazyObject(async (key) => {
            const attr = attributes(hcl?.body ?? []).find((a) => a.name === key);
            return attr ? evaluate(attr.expr, valuesScope, state) : UNKNOWN;
        });
    }
    return UNKNOWN;
}
/** A config file as `read_terragrunt_config` returns it (and an exposed include): its `locals` and attributes. */
function configObject(state, scope) {
    return new LazyObject(async (key) => {
        const hcl = await load(state, scope);
        if (key === 'locals')
            return new LazyObject((name) => local(name, scope, state));
        const attr = attributes(hcl?.body ?? []).find((a) => a.name === key);
        return attr ? evaluate(attr.expr, scope, state) : UNKNOWN;
    });
}
async function attribute(value, key) {
    if (key === null)
        return UNKNOWN;
    if (value instanceof LazyObject)
        return value.get(key);
    if (Array.isArray(value) && /^\d+$/.test(key))
        return value[Number(key)] ?? UNKNOWN;
    return UNKNOWN;
}
async function local(name, scope, state) {
    await load(state, scope);
    const known = scope.localValues.get(name);
    if (known === EVALUATING)
        return UNKNOWN;
    if (known !== undefined)
        return known;
    const expr = scope.locals.get(name);
    if (!expr)
        return UNKNOWN;
    scope.localValues.set(name, EVALUATING);
    const value = await evaluate(expr, scope, state);
    scope.localValues.set(name, value);
    return value;
}
async function call(name, args, scope, state) {
    const str = (i) => (typeof args[i] === 'string' ? args[i] : undefined);
    const a0 = str(0);
    switch (name) {
        case 'get_terragrunt_dir':
            return slash(scope.configDir);
        case 'get_original_terragrunt_dir':
            return slash(scope.originalDir);
        case 'get_repo_root':
            return slash(state.repoRoot);
        case 'get_path_from_repo_root':
            return hcl_refs_rel(state.repoRoot, scope.configDir);
        case 'get_path_to_repo_root':
            return hcl_refs_rel(scope.configDir, state.repoRoot);
        case 'get_parent_terragrunt_dir': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : slash(dir);
        }
        case 'path_relative_to_include': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : hcl_refs_rel(dir, scope.configDir);
        }
        case 'path_relative_from_include': {
            const dir = parentDir(scope, a0);
            return dir === undefined ? UNKNOWN : hcl_refs_rel(scope.configDir, dir);
        }
        case 'find_in_parent_folders':
            return findInParentFolders(args, scope, state);
        case 'read_terragrunt_config': {
            if (a0 === undefined)
                return UNKNOWN;
            const file = await readTarget(state, scope, name, a0);
            return (await kindOf(state.cache, file)) === 'file' ? configObject(state, readScope(state, scope, file)) : UNKNOWN;
        }
        case 'dirname':
            return a0 === undefined ? UNKNOWN : external_node_path_default().posix.dirname(slash(a0));
        case 'basename':
            return a0 === undefined ? UNKNOWN : external_node_path_default().posix.basename(slash(a0));
        case 'abspath':
            return a0 === undefined ? UNKNOWN : slash(external_node_path_default().resolve(scope.configDir, a0));
        case 'trimspace':
            return a0 === undefined ? UNKNOWN : a0.trim();
        case 'trimsuffix': {
            const suffix = str(1);
            if (a0 === undefined || suffix === undefined)
                return UNKNOWN;
            return suffix !== '' && a0.endsWith(suffix) ? a0.slice(0, a0.length - suffix.length) : a0;
        }
        case 'trimprefix': {
            const prefix = str(1);
            if (a0 === undefined || prefix === undefined)
                return UNKNOWN;
            return a0.startsWith(prefix) ? a0.slice(prefix.length) : a0;
        }
        case 'join': {
            if (a0 === undefined)
                return UNKNOWN;
            const items = args.slice(1).flatMap((v) => (Array.isArray(v) ? v : [UNKNOWN]));
            return items.every((v) => typeof v === 'string') ? items.join(a0) : UNKNOWN;
        }
        case 'format':
            return a0 === undefined ? UNKNOWN : format(a0, args.slice(1));
        default:
            return UNKNOWN;
    }
}
function parentDir(scope, label) {
    if (scope.includeDir !== undefined)
        return scope.includeDir;
    if (scope.kind === 'read' || scope.includes.size === 0)
        return scope.configDir;
    if (label !== undefined) {
        const file = scope.includes.get(label);
        return file === undefined ? undefined : external_node_path_default().dirname(file);
    }
    if (scope.includes.size === 1)
        return external_node_path_default().dirname([...scope.includes.values()][0]);
    return undefined;
}
/**
 * Terragrunt's `find_in_parent_folders([name[, fallback]])`: the first `name` (a file or a directory) found in the
 * parent directories of the config directory (not the directory itself). Without a name it looks for `terragrunt.hcl`, then (for configs that
 * follow the newer convention) `root.hcl`. Stops at the repository root.
 */
async function findInParentFolders(args, scope, state) {
    const name = args[0] === undefined ? '' : args[0];
    if (typeof name !== 'string')
        return UNKNOWN;
    const bounded = isInside(state.repoRoot, scope.configDir);
    const names = name === '' || name === 'terragrunt.hcl' ? [['terragrunt.hcl', 'terragrunt.hcl.json'], ['root.hcl']] : [[name]];
    for (const candidates of names) {
        let dir = scope.configDir;
        while (!(bounded && dir === state.repoRoot)) {
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
            for (const c of candidates) {
                const p = external_node_path_default().join(dir, c);
                // Terragrunt tests existence (util.FileExists is os.Stat), so a directory matches too.
                if ((await kindOf(state.cache, p)) !== undefined)
                    return slash(p);
            }
        }
        if (args.length >= 2)
            return args[1];
    }
    return UNKNOWN;
}
function format(spec, args) {
    let i = 0;
    let ok = true;
    const out = spec.replace(/%(%|[sdv])/g, (_m, verb) => {
        if (verb === '%')
            return '%';
        const v = args[i++];
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return String(v);
        ok = false;
        return '';
    });
    return ok && !/%[^%]/.test(spec.replace(/%(%|[sdv])/g, '')) ? out : UNKNOWN;
}
async function parsed(cache, file) {
    let pending = cache.files.get(file);
    if (!pending) {
        pending = (0,promises_.readFile)(file, 'utf8').then((text) => hcl_parseHcl(text), () => undefined);
        cache.files.set(file, pending);
    }
    return pending;
}
async function kindOf(cache, p) {
    let pending = cache.kinds.get(p);
    if (!pending) {
        pending = (0,promises_.stat)(p).then((s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined), () => undefined);
        cache.kinds.set(p, pending);
    }
    return pending;
}
function isInside(dir, p) {
    const r = external_node_path_default().relative(dir, p);
    return r === '' || (!r.startsWith('..') && !external_node_path_default().isAbsolute(r));
}
function slash(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/core/terragrunt/files.ts
var files = __nccwpck_require__(7247);
;// CONCATENATED MODULE: ./src/core/terragrunt/discovery.ts
/**
 * Finding the Terragrunt units under a directory, by scanning the filesystem or from `terragrunt find --json`.
 *
 * A unit is a directory with a `terragrunt.hcl`, except:
 * - directories Terragrunt and tools keep to themselves: any hidden directory (`.git`, `.terragrunt-cache`,
 *   `.terraform`, …) but `.terragrunt-stack` (units generated by stacks), and `node_modules`;
 * - a `terragrunt.hcl` that another `terragrunt.hcl` includes (the legacy root config found by
 *   `find_in_parent_folders()`; a `root.hcl` is never a unit since only `terragrunt.hcl` files are);
 * - a `terragrunt.hcl` with no `terraform` block and no `.tf` files beside it that has units below it (a parent
 *   config whose include could not be resolved statically).
 */








/** Raised when a `units` pattern selects no unit; `patterns` lists every such pattern. */
class UnitPatternError extends user_error/* UserError */.y {
    patterns;
    name = 'UnitPatternError';
    constructor(patterns, root) {
        const list = patterns.map((p) => `'${p}'`).join(', ');
        super(`No Terragrunt unit matches ${patterns.length === 1 ? 'pattern' : 'patterns'} ${list} under ${root}: ` +
            'use directories or globs relative to the working directory (e.g. live/prod/*, **/vpc).');
        this.patterns = patterns;
    }
}
const SKIPPED_DIRS = new Set(['node_modules']);
/**
 * The unit directories under `root`, relative to it with `/` separators, sorted (`.` when root itself is a unit).
 * With `patterns`, only the units they select; throws `UnitPatternError` naming each pattern that selects nothing
 * (use `selectUnits` on the full list to warn instead).
 */
async function discoverUnits(root, opts = {}) {
    const absRoot = external_node_path_default().resolve(root);
    const cache = opts.cache ?? createHclCache();
    const found = [];
    await scan(absRoot, found);
    const infos = await Promise.all(found.map(async (f) => {
        const refs = await readUnitRefs(f.dir, absRoot, { repoRoot: opts.repoRoot, cache, modules: false });
        return { ...f, refs };
    }));
    const included = new Set();
    for (const info of infos) {
        for (const file of info.refs.files)
            if (file.kind === 'include')
                included.add(external_node_path_default().resolve(absRoot, file.path));
    }
    const dirs = found.map((f) => f.dir);
    const units = infos
        .filter((info) => {
        if (included.has(external_node_path_default().join(info.dir, 'terragrunt.hcl')))
            return false;
        if (info.refs.hasTerraformBlock || info.hasTfFiles)
            return true;
        return !dirs.some((d) => d !== info.dir && d.startsWith(info.dir + (external_node_path_default()).sep));
    })
        .map((info) => info.refs.unit)
        .sort();
    if (!opts.patterns || opts.patterns.every((p) => p.trim() === ''))
        return units;
    const { units: selected, unmatched } = selectUnits(units, opts.patterns);
    if (unmatched.length > 0)
        throw new UnitPatternError(unmatched, root);
    return selected;
}
async function scan(dir, out) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const subdirs = [];
    let config = false;
    let hasTfFiles = false;
    for (const e of entries) {
        if (e.isDirectory()) {
            // Units generated by stacks live in .terragrunt-stack, which Terragrunt discovers like any directory
            // (internal/discovery/discovery.go, v0.89.0: hidden directories are skipped except .terragrunt-stack).
            const hidden = e.name.startsWith('.') && e.name !== hcl_refs_STACK_DIR;
            if (!hidden && !SKIPPED_DIRS.has(e.name))
                subdirs.push(external_node_path_default().join(dir, e.name));
        }
        else if (e.isFile()) {
            if (e.name === 'terragrunt.hcl')
                config = true;
            else if (e.name.endsWith('.tf') || e.name.endsWith('.tf.json'))
                hasTfFiles = true;
        }
    }
    if (config)
        out.push({ dir, hasTfFiles });
    await Promise.all(subdirs.map((d) => scan(d, out)));
}
/**
 * The units that `patterns` select (sorted), and the patterns that select none. A positive pattern selects a unit
 * when it matches the unit's path or one of its parent directories (minimatch, relative to root); `!pattern`
 * removes the units it would select. Only negative patterns: all units minus those.
 */
function selectUnits(units, patterns) {
    const include = [];
    const exclude = [];
    for (const raw of patterns) {
        const trimmed = raw.trim();
        if (trimmed === '')
            continue;
        const negative = trimmed.startsWith('!');
        const pattern = (0,files/* normaliseUnitPath */.i_)(negative ? trimmed.slice(1) : trimmed);
        (negative ? exclude : include).push({ raw: trimmed, pattern });
    }
    const unmatched = new Set();
    const selects = (unit, pattern) => pattern === '.' || candidates(unit).some((c) => minimatch(c, pattern, { dot: true }));
    let selected = include.length === 0 ? [...units] : [];
    for (const { raw, pattern } of include) {
        const hits = units.filter((u) => selects(u, pattern));
        if (hits.length === 0)
            unmatched.add(raw);
        selected.push(...hits);
    }
    for (const { raw, pattern } of exclude) {
        const before = selected.length;
        selected = selected.filter((u) => !selects(u, pattern));
        if (selected.length === before && !units.some((u) => selects(u, pattern)))
            unmatched.add(raw);
    }
    return { units: [...new Set(selected)].sort(), unmatched: [...unmatched] };
}
/** The unit path and each of its parent directories: `a/b/c` -> `a/b/c`, `a/b`, `a`. */
function candidates(unit) {
    if (unit === '.')
        return ['.'];
    const parts = unit.split('/');
    return parts.map((_, i) => parts.slice(0, parts.length - i).join('/'));
}
/**
 * `find --reading` lists the files each unit reads from this version on (cli/commands/find/cli.go, v0.92.0); what it
 * tracks grows later (includes from v0.94.0, local module files from v1.0.3), see hcl-refs `TRACKED_SINCE`.
 */
const FIND_READING_SINCE = '0.92.0';
/** Extra `find` flags this Terragrunt version has for selection: `--reading` where it exists. */
function findSelectionArgs(version) {
    const v = semver.coerce(version);
    return v && semver.gte(v, FIND_READING_SINCE) ? ['--reading'] : [];
}
/**
 * Parses `terragrunt find --json [--dependencies] [--reading]` output: keeps `type: unit` entries (stacks are
 * dropped) and normalises paths (`/` separators, no `./`, no trailing `/`). Tolerates log lines around the JSON
 * array; throws when there is no JSON array.
 */
function parseFindJson(stdout) {
    const data = extractJsonArray(stdout);
    const out = [];
    for (const entry of data) {
        if (typeof entry !== 'object' || entry === null)
            continue;
        const e = entry;
        if (e.type !== undefined && e.type !== 'unit')
            continue;
        if (typeof e.path !== 'string')
            continue;
        const unit = {
            path: (0,files/* normaliseUnitPath */.i_)(e.path),
            dependencies: stringList(e.dependencies).map((p) => (0,files/* normaliseUnitPath */.i_)(p))
        };
        if (Array.isArray(e.reading))
            unit.reading = stringList(e.reading).map((p) => (0,files/* normaliseUnitPath */.i_)(p));
        out.push(unit);
    }
    return out;
}
/**
 * The units under `root`: Terragrunt's `find` (with `extraArgs`; `started`: the output of one already started), else,
 * when find is missing or its output unreadable (older versions), a scan for terragrunt.hcl files. `viaFind` says
 * which answered, so a caller knows whether find's own fields (e.g. `reading`) are there.
 */
async function findOrScanUnits(cli, root, opts) {
    const json = await (opts.started ?? findUnitsJson(cli, root, opts.extraArgs).catch(() => undefined));
    if (json) {
        try {
            return { units: parseFindJson(json), viaFind: true };
        }
        catch (e) {
            opts.log(`terragrunt find gave unreadable output (${e.message}); scanning for terragrunt.hcl instead.`);
        }
    }
    else {
        opts.log('terragrunt find is not available; scanning for terragrunt.hcl instead.');
    }
    return { units: (await discoverUnits(root)).map((path) => ({ path, dependencies: [] })), viaFind: false };
}
function extractJsonArray(stdout) {
    const text = stdout.trim();
    const attempts = [text];
    const start = text.search(/^\s*\[/m);
    const end = text.lastIndexOf(']');
    if (start >= 0 && end > start)
        attempts.push(text.slice(start, end + 1));
    for (const attempt of attempts) {
        try {
            const value = JSON.parse(attempt);
            if (Array.isArray(value))
                return value;
            if (value === null)
                return [];
        }
        catch {
            // try the next candidate
        }
    }
    if (text === '' || text === 'null')
        return [];
    throw new Error(`terragrunt find --json printed no JSON array: ${text.slice(0, 200)}`);
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}

;// CONCATENATED MODULE: ./src/core/terragrunt/stacks.ts
/**
 * Terragrunt stacks: a `terragrunt.stack.hcl` declares `unit` and `stack` blocks that Terragrunt generates into
 * `.terragrunt-stack/` before it can discover or run them. Until they are generated a stacks repository has no units
 * at all, so selection generates them first, as `run --all` itself does from v0.79.0 (cli/commands/run/cli.go
 * `wrapWithStackGenerate`; internal/runner/runall/runall.go from v0.98.0, unless `--no-stack-generate`).
 */





/**
 * The `stacks` experiment is complete (no `--experiment stacks` needed) from this version
 * (internal/experiment/experiment.go: `Stacks` gets `StatusCompleted` in v0.78.0).
 */
const STACKS_GA = '0.78.0';
/** The stack files under `root` that the user wrote (generated ones, inside `.terragrunt-stack`, are not listed). */
async function findStackFiles(root) {
    const out = [];
    const walk = async (dir) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            if (e.isFile() && e.name === hcl_refs_STACK_FILE)
                out.push(external_node_path_default().join(dir, e.name));
            else if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
                await walk(external_node_path_default().join(dir, e.name));
        }
    };
    await walk(external_node_path_default().resolve(root));
    return out.sort();
}
/** The `terragrunt stack generate` arguments for `root` at `version`. */
function stackGenerateArgs(root, version) {
    const args = ['stack', 'generate', '--working-dir', root, '--non-interactive', '--no-color'];
    const v = semver_default().coerce(version);
    if (v && semver_default().lt(v, STACKS_GA))
        args.push('--experiment', 'stacks');
    return args;
}
/**
 * Generates every stack under `root` with Terragrunt's own `stack generate` (sources fetched, `values` written to
 * `terragrunt.values.hcl`). A failure is the user's to fix and fails the run: the units it would have generated
 * cannot be known, and planning the rest would hide them.
 */
async function generateStacks(cli, root, version) {
    const res = await cli.runner.run(cli.binary, stackGenerateArgs(root, version), {
        cwd: root,
        timeoutMs: cli.deadline?.remaining(),
        env: { ...cli.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0' }
    });
    if (res.exitCode === 0 && !res.timedOut)
        return;
    const detail = `${res.stderr}\n${res.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-3)
        .join(' ');
    throw new user_error/* UserError */.y(`terragrunt stack generate failed in '${root}' (${res.timedOut ? 'timed out' : `exit code ${res.exitCode}`}): ${(0,user_error/* oneLine */.T)(detail || 'no output', 300)}. Without it the units of its stacks are unknown, so nothing was planned.`);
}
/** Every stack file under `root`, the generated ones inside `.terragrunt-stack` included, relative to it. */
async function allStackFiles(root) {
    const out = [];
    const walk = async (dir) => {
        const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            if (e.isFile() && e.name === STACK_FILE)
                out.push(rel(root, path.join(dir, e.name)));
            else if (e.isDirectory() && (e.name === STACK_DIR || !e.name.startsWith('.')) && e.name !== 'node_modules')
                await walk(path.join(dir, e.name));
        }
    };
    await walk(root);
    return out.sort();
}
/**
 * The `unit` and `stack` blocks that the pull request removes from stack files it keeps: for each changed stack file
 * (relative to the root; `../` for a catalog outside it) that still exists, the blocks its base revision generates
 * and the checked-out revision no longer does, at every place it is generated: where it is (when under the root)
 * and, for a stack file that a `stack` block uses as its local `source`, each generated copy (`.terragrunt-stack/…`,
 * so stacks must be generated first). Blocks are compared by the directory they generate, so a changed `path` is a
 * removal too. `readBase` gives a file's text at the base (null: the file is new), or throws when it cannot.
 * Anything that cannot be told (the base not readable, a `path` not evaluable) is listed in `unknown`, never guessed.
 */
async function removedStackComponents(root, changedStackFiles, readBase, opts = {}) {
    const absRoot = path.resolve(root);
    const out = { removed: [], unknown: [] };
    if (changedStackFiles.length === 0)
        return out;
    // Where each local stack source is generated: the `stack` blocks of every stack file, generated ones included.
    const copies = new Map();
    for (const file of await allStackFiles(absRoot)) {
        const head = await stackComponents(path.join(absRoot, file), absRoot, opts);
        for (const c of head?.components ?? []) {
            if (c.kind === 'stack' && c.source !== undefined && c.dir !== undefined)
                copies.set(c.source, [...(copies.get(c.source) ?? []), c.dir]);
        }
    }
    for (const file of [...new Set(changedStackFiles)].sort()) {
        let base;
        try {
            base = await readBase(file);
        }
        catch (e) {
            out.unknown.push({ file, reason: oneLine(e.message, 200) });
            continue;
        }
        if (base === null)
            continue;
        const dir = path.posix.dirname(file);
        const places = [...(copies.get(dir) ?? [])];
        if (!dir.startsWith('../') && !dir.split('/').some((p) => p.startsWith('.') && p !== '.'))
            places.unshift(dir);
        for (const place of places) {
            const at = path.join(absRoot, place, STACK_FILE);
            const [was, is] = await Promise.all([
                stackComponents(at, absRoot, { ...opts, text: base }),
                stackComponents(at, absRoot, opts)
            ]);
            if (!was || !is)
                continue; // a copy not generated: nothing of it to compare
            const unknownPath = (list) => list.find((c) => c.dir === undefined);
            const bad = unknownPath(was.components) ?? unknownPath(is.components);
            if (was.errors.length > 0 || is.errors.length > 0) {
                const [which, error] = was.errors.length > 0 ? ['its base revision', was.errors[0]] : [place, is.errors[0]];
                out.unknown.push({ file, reason: `${which} does not parse (${oneLine(error, 120)})` });
                break;
            }
            if (bad) {
                out.unknown.push({
                    file,
                    reason: `the path of ${bad.kind} "${bad.name}" cannot be evaluated (line ${bad.line})`
                });
                break;
            }
            const now = new Set(is.components.map((c) => c.dir));
            for (const c of was.components) {
                if (!now.has(c.dir))
                    out.removed.push({ kind: c.kind, name: c.name, dir: c.dir, file: rel(absRoot, at) });
            }
        }
    }
    out.removed.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
    return out;
}


;// CONCATENATED MODULE: ./src/drift-detect/units.ts
/**
 * Finding the units to check: stacks generated first, then Terragrunt's own `find` where it has one, else a scan; then
 * the units/exclude globs.
 */






/** Argo CD applications are units `argocd:<namespace>/<name>` (argocd.ts, loaded only when Argo CD is asked). */
const ARGOCD_PREFIX = 'argocd:';
async function findUnits(cli, workspace, workingDirectory, patterns, log) {
    return (await startFinding(cli, workspace, workingDirectory, patterns, log)).units;
}
/**
 * Checks Terragrunt and starts discovering the units. Without stack files nothing changes the units before
 * discovery, so `find` runs beside `--version` (its arguments do not depend on the version) and the caller can start
 * work that needs only the version while the units are being found.
 */
async function startFinding(cli, workspace, workingDirectory, patterns, log) {
    const root = (0,external_node_path_.resolve)(workspace, workingDirectory);
    if (!(await (0,promises_.stat)(root).catch(() => undefined))?.isDirectory()) {
        throw new errors/* UserError */.yo(`Input 'working-directory' is '${workingDirectory}', which is not a directory in the workspace.`);
    }
    // A stacks repository has no units until `terragrunt stack generate` writes them to .terragrunt-stack/: generate
    // first, as plan-comment does (core/terragrunt/stacks.ts), or it would be checked as 0 units, all clean.
    const stacks = await findStackFiles(root);
    const early = stacks.length === 0 ? findUnitsJson(cli, root).catch(() => undefined) : undefined;
    const version = await checkTerragrunt(cli, root);
    if (stacks.length > 0) {
        log(`Generating ${stacks.length} stack(s) with terragrunt stack generate.`);
        await generateStacks(cli, root, version);
    }
    const units = discover(cli, root, log, early).then((discovered) => {
        const units = selectUnits(discovered, patterns.units);
        if (units.unmatched.length > 0) {
            throw new errors/* UserError */.yo(`Input 'units': ${units.unmatched.map((p) => `'${p}'`).join(', ')} matches no Terragrunt unit under '${workingDirectory}' (found ${discovered.length} units).`);
        }
        const excludes = patterns.exclude.map((p) => `!${p.replace(/^!/, '')}`);
        const selected = excludes.length > 0 ? selectUnits(units.units, excludes) : { units: units.units, unmatched: [] };
        return {
            root,
            scope: toPosix((0,external_node_path_.relative)(workspace, root)) || '.',
            version,
            discovered,
            selected: selected.units,
            unmatchedExcludes: selected.unmatched.map((p) => p.slice(1))
        };
    });
    units.catch(() => undefined); // the caller awaits it, possibly after starting other work
    return { root, version, units };
}
/** Terragrunt's `find` (`started`: its output, when it was started already), else a scan for terragrunt.hcl files. */
async function discover(cli, root, log, started) {
    const { units } = await findOrScanUnits(cli, root, { started, log });
    return [...new Set(units.map((u) => u.path))].sort();
}
const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** A root-relative unit as the workspace-relative path that names it in reports, markers and outputs. */
function workspaceUnit(scope, unit) {
    return external_node_path_.posix.normalize(external_node_path_.posix.join(scope, unit));
}
/**
 * True when the workspace-relative Terragrunt `unit` lies under `scope`, where a run can tell whether it still exists.
 * Argo CD units (`argocd:…`) never are: only Argo CD can say an application is gone.
 */
function inScope(scope, unit) {
    if (unit.startsWith(ARGOCD_PREFIX))
        return false;
    return scope === '.' || unit === scope || unit.startsWith(`${scope}/`);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand)
/* harmony export */ });
/* unused harmony export issue */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4679);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 2902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ issueFileCommand),
/* harmony export */   v: () => (/* binding */ prepareKeyValueMessage)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4679);
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(filePath, `${(0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(message)}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    const convertedValue = (0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${convertedValue}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports toPosixPath, toWin32Path, toPlatformPath */
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6928);

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL, markdownSummary */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue),
/* harmony export */   k: () => (/* binding */ toCommandProperties)
/* harmony export */ });
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ }),

/***/ 4730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



// EXTERNAL MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
var dist_src = __nccwpck_require__(1015);
;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new dist_src/* RequestError */.G(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new dist_src/* RequestError */.G(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new dist_src/* RequestError */.G(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}



/***/ }),

/***/ 3779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ud: () => (/* binding */ paginateRest)
/* harmony export */ });
/* unused harmony exports composePaginateRest, isPaginatingEndpoint, paginatingEndpoints */
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION;



/***/ }),

/***/ 9210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ restEndpointMethods)
});

// UNUSED EXPORTS: legacyRestEndpointMethods

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION;

//# sourceMappingURL=index.js.map


/***/ }),

/***/ 1015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ RequestError)
/* harmony export */ });
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}



/***/ }),

/***/ 9540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fT: () => (/* binding */ expand)
});

// UNUSED EXPORTS: EXPANSION_MAX, EXPANSION_MAX_DEPTH, EXPANSION_MAX_LENGTH, EXPANSION_MAX_REWRITES, EXPANSION_MAX_STEPS

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5585);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
