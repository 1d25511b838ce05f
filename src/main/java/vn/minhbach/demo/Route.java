package vn.minhbach.demo;

/** What a demo site answers at one path, given the request's query. */
@FunctionalInterface
interface Route {
    Response answer(Query query);
}
