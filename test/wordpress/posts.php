<?php
// Creates posts as a given user, through wp_insert_post() with the user's capabilities
// (an author's content goes through kses as when they save it). Reads a JSON list of
// { user, title, content } on stdin; prints [{ id, title, url, content }] with the content as stored.
// With `option NAME VALUE` instead, sets an option.

$_SERVER['HTTP_HOST'] = parse_url( getenv( 'LEDE_WP_URL' ), PHP_URL_HOST );
require __DIR__ . '/wp-load.php';

if ( isset( $argv[1] ) && 'option' === $argv[1] ) {
	update_option( $argv[2], $argv[3] );
	exit( 0 );
}

$created = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $post ) {
	$user = get_user_by( 'login', $post['user'] );
	wp_set_current_user( $user->ID );
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $post['title'],
				'post_content' => $post['content'],
				'post_status'  => 'publish',
				'post_author'  => $user->ID,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$created[] = array( 'id' => $id, 'title' => $post['title'], 'url' => get_permalink( $id ), 'content' => get_post_field( 'post_content', $id, 'raw' ) );
}
echo wp_json_encode( $created );
