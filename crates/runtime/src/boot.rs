//! Boot: creating an interpreter installs the built-in types, the `builtins` namespace
//! and the exception classes. The only file that knows every layer.

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use crate::error::ExcKind;
use crate::interp::Interp;
use crate::object::class::Class;
use crate::object::globals::Globals;
use crate::object::intern::Interner;
use crate::object::limits::Limits;
use crate::object::output::StdoutOutput;

impl Interp {
    pub fn new() -> Interp {
        let object_class = Rc::new(Class::new_builtin("object", vec![], vec![], None));
        let type_class = Rc::new(Class::new_builtin(
            "type",
            vec![object_class.clone()],
            vec![object_class.clone()],
            None,
        ));
        let mut interp = Interp {
            names: Interner::new(),
            globals: Box::default(),
            types: HashMap::default(),
            object_class,
            type_class,
            exc_classes: Vec::new(),
            out: Box::new(StdoutOutput::new()),
            depth: 0,
            recursion_limit: 1000,
            recursion_cap: 1000,
            int_max_str_digits: crate::types::numbers::int::DEFAULT_MAX_STR_DIGITS,
            handling: Vec::new(),
            modules: crate::stdlib::Modules::standard(),
            limits: Limits::new(),
            argv: vec![String::new()],
            main_name: "__main__".into(),
            files: Vec::new(),
            repr_stack: Vec::new(),
            call_sites: Vec::new(),
            pending_call: Default::default(),
            locals_pool: Vec::new(),
            nesting: 0,
            type_cache: vec![None; crate::object::value::TYPE_SLOTS],
            iter_type: None,
            suspended: Vec::new(),
            active_ns: None,
            main_ns: Rc::new(crate::object::globals::Namespace::new(
                None,
                Globals::default(),
            )),
            namespaces: Vec::new(),
            frame_locals: None,
            eval_result: None,
            last_stop: None,
            class_cell: None,
            access: crate::object::access::Access::default(),
        };
        interp.types.insert("object", interp.object_class.clone());
        interp.types.insert("type", interp.type_class.clone());
        interp.make_exception_classes();
        crate::builtins::install(&mut interp);
        let table = crate::builtins::functions::table(&mut interp);
        interp.globals = Box::new(Globals::new(table));
        // `__main__`'s first names, in CPython's order (`globals()` lists them so); set
        // when the first code runs (`exec/run.rs`).
        for name in crate::error::suggestions::MODULE_DUNDERS {
            interp.globals.id(name);
        }
        interp.limits.set_heap_base();
        interp
    }

    fn make_exception_classes(&mut self) {
        for &kind in ExcKind::ALL {
            let parent = if kind == ExcKind::BaseException {
                self.object_class.clone()
            } else {
                self.exc_class(kind.parent())
            };
            let mut mro = vec![parent.clone()];
            mro.extend(parent.mro.iter().cloned());
            self.exc_classes.push(Rc::new(Class::new_builtin(
                kind.name(),
                vec![parent],
                mro,
                Some(kind),
            )));
        }
    }
}
