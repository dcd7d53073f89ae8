// [lede src="…"] written without type="…": the document's own `type` picks the element.
// This costs one more request for the document (the element fetches it again, usually
// from the HTTP cache); type="…" in the shortcode saves it.
(function () {
	'use strict';
	var TYPES = [ 'quote', 'timeline', 'article' ];

	function upgrade( placeholder ) {
		var src = placeholder.getAttribute( 'data-src' );
		var byType = JSON.parse( placeholder.getAttribute( 'data-attributes' ) || '{}' );
		return fetch( src, { credentials: 'omit' } )
			.then( function ( response ) {
				if ( ! response.ok ) throw new Error( 'HTTP ' + response.status );
				return response.json();
			} )
			.then( function ( data ) {
				var type = data && typeof data === 'object' ? data.type : undefined;
				if ( TYPES.indexOf( type ) < 0 ) throw new Error( 'the document has no known "type"' );
				var element = document.createElement( 'lede-' + type );
				var attributes = byType[ type ] || {};
				Object.keys( attributes ).forEach( function ( name ) {
					element.setAttribute( name, attributes[ name ] );
				} );
				element.setAttribute( 'src', src );
				placeholder.replaceWith( element );
			} );
	}

	function upgradeAll() {
		document.querySelectorAll( 'div.lede-widgets-auto[data-src]' ).forEach( function ( placeholder ) {
			try {
				upgrade( placeholder ).catch( function ( error ) {
					console.error( 'Lede: ' + placeholder.getAttribute( 'data-src' ) + ': ' + error.message );
				} );
			} catch ( error ) {
				console.error( 'Lede: ' + error.message );
			}
		} );
	}

	if ( document.readyState === 'loading' ) document.addEventListener( 'DOMContentLoaded', upgradeAll );
	else upgradeAll();
} )();
